#include "config/config_resolver.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;

// Paths in messages and in `config show` read best relative to where the user stands.
fs::path display_path(const fs::path& absolute) {
  std::error_code error;
  const fs::path here = fs::current_path(error);
  if (error)
    return absolute;
  const fs::path relative = absolute.lexically_relative(here);
  if (relative.empty() || *relative.begin() == "..")
    return absolute;
  return relative;
}

}  // namespace

ConfigResolver::ConfigResolver(std::optional<fs::path> explicit_file, RuleIdCheck is_known_rule)
    : is_known_rule_(is_known_rule), defaults_(std::make_shared<const Config>()) {
  if (explicit_file) {
    std::error_code error;
    if (!fs::is_regular_file(*explicit_file, error)) {
      throw UserError(
          fmt::format("{}: no such configuration file", explicit_file->generic_string()));
    }
    explicit_ = std::make_shared<const Config>(load_config(*explicit_file, is_known_rule_));
  }
}

std::shared_ptr<const Config> ConfigResolver::for_path(const std::string& path) {
  if (explicit_)
    return explicit_;
  std::error_code error;
  const fs::path here = fs::current_path(error);
  if (path == "-")
    return for_folder(here);
  return for_folder((here / path).lexically_normal().parent_path());
}

std::shared_ptr<const Config> ConfigResolver::for_folder(const fs::path& folder) {
  if (const auto found = by_folder_.find(folder); found != by_folder_.end())
    return found->second;
  std::shared_ptr<const Config> config;
  std::error_code error;
  const fs::path candidate = folder / kConfigFileName;
  if (fs::is_regular_file(candidate, error)) {
    config = std::make_shared<const Config>(load_config(display_path(candidate), is_known_rule_));
  } else if (folder.has_parent_path() && folder.parent_path() != folder) {
    config = for_folder(folder.parent_path());
  } else {
    config = defaults_;
  }
  by_folder_[folder] = config;
  return config;
}

}  // namespace presscheck
