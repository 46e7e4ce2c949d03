#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lint/lint_text.hpp"
#include "lsp/server_settings.hpp"

namespace presscheck::lsp {

/// What one lint of an open document gave: the report, and the problems that kept it from
/// being complete (a bad configuration, a fact base that cannot be read), each a message
/// for the user.
struct EngineResult {
  FileReport report;
  std::vector<std::string> problems;
};

/// Lints documents as `presscheck lint` would, keeping the rule packs and fact bases loaded
/// between lints and loading them again when their files change. Used from one thread.
class LintEngine {
 public:
  void configure(ServerSettings settings) { settings_ = std::move(settings); }
  const ServerSettings& settings() const { return settings_; }

  /// Lints `text` as the file at `path` (which picks its format and configuration).
  EngineResult lint(const std::string& path, const std::string& text);

 private:
  std::shared_ptr<const RuleSet> rules(std::vector<std::string>& problems);
  std::shared_ptr<const FactIndex> facts(const Config& config, std::vector<std::string>& problems);
  std::shared_ptr<const ClaimReaders> readers(const std::shared_ptr<const RuleSet>& rules,
                                              const std::shared_ptr<const FactIndex>& facts);

  ServerSettings settings_;
  std::filesystem::path rules_dir_;
  std::string rules_stamp_;
  std::shared_ptr<const RuleSet> rules_;
  std::map<std::string, std::pair<std::string, std::shared_ptr<const FactIndex>>> facts_;
  std::shared_ptr<const ClaimReaders> readers_;
};

/// A stamp of the files of `paths` (names, sizes and modification times): it changes when
/// one of them does. Folders are walked.
std::string files_stamp(const std::vector<std::filesystem::path>& paths);

}  // namespace presscheck::lsp
