#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>

#include "config/config.hpp"

namespace presscheck {

/// Finds the configuration of each draft: the file given with --config for all of them,
/// or else the nearest `.presscheck.toml` in the draft's folder or a folder above it.
/// Each file is read once. Not thread-safe: resolve before linting in parallel.
class ConfigResolver {
 public:
  ConfigResolver(std::optional<std::filesystem::path> explicit_file, RuleIdCheck is_known_rule);

  /// The configuration for a draft (or for standard input, "-", from the current folder).
  /// Throws UserError when the configuration file is not valid.
  std::shared_ptr<const Config> for_path(const std::string& path);

 private:
  std::shared_ptr<const Config> for_folder(const std::filesystem::path& folder);

  RuleIdCheck is_known_rule_;
  std::shared_ptr<const Config> explicit_;
  std::shared_ptr<const Config> defaults_;
  std::map<std::filesystem::path, std::shared_ptr<const Config>> by_folder_;
};

}  // namespace presscheck
