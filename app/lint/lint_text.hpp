#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "config/config.hpp"
#include "core/date.hpp"
#include "core/lang.hpp"
#include "extract/extraction.hpp"
#include "render/report.hpp"
#include "rulepack/rule_set.hpp"

namespace presscheck {

/// What every draft of one run is linted with; flags set here beat the configuration files.
struct LintSettings {
  std::shared_ptr<const RuleSet> rules;
  std::optional<Lang> lang;            // --lang: used when the front matter does not say
  std::optional<Severity> fail_level;  // --fail-level
  std::optional<std::filesystem::path> config_file;  // --config: no discovery
  std::string stdin_name;  // --stdin-filename: the path standard input stands for
  unsigned jobs = 1;
  /// Values and the fact base for the claim checks; without it only the text checks run.
  std::shared_ptr<const ClaimReaders> readers;
  /// The server's editable fields: the language and date every draft is checked in and
  /// at, whatever its front matter says.
  std::optional<Lang> forced_lang;
  std::optional<Date> forced_date;
};

struct DraftView;

/// Whether a rule id is one presscheck can report (checks, readers and suppressions).
bool is_known_rule(std::string_view id);

/// Lints one draft held in memory under a configuration (the defaults when not given).
/// Every span of the findings, suggestions included, is a byte range of `bytes`; the
/// format is told by `path`'s extension. Shared by `lint`, the language server and the web
/// desk, which also asks for `view`: where the draft's parts lie and the date it was checked
/// at.
FileReport lint_text(const std::string& path, std::string bytes, const LintSettings& settings,
                     const Config& config = Config{}, DraftView* view = nullptr);

}  // namespace presscheck
