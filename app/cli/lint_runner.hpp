#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/draft_view.hpp"
#include "config/config.hpp"
#include "config/config_resolver.hpp"
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

/// Whether a rule id is one presscheck can report (checks, readers and suppressions).
bool is_known_rule(std::string_view id);

/// What the paths of a run name: the drafts to lint, and the problems that make the run
/// exit with 2 once the drafts are linted.
struct Inputs {
  std::vector<std::string> files;
  std::vector<std::string> problems;  // each names its path or configuration file
};

/// The drafts to lint: files as given, folders walked for the files their configuration
/// selects (by default .md, .markdown, .txt, .html and .htm; see Config::selects), and
/// "-" for standard input (under `stdin_name`'s configuration when one is given). A walk
/// passes over FIFOs, sockets and devices; files named on the command line are kept unless
/// excluded, whatever their kind, and linting reports those that are not regular files or
/// lead into a loop of symbolic links. A path that does not exist, and a
/// configuration whose `include` matches no file of a walked folder, are problems; a bad
/// configuration throws UserError.
Inputs collect_inputs(const std::vector<std::string>& args, ConfigResolver& configs,
                      const std::string& stdin_name = "");
/// The same, with the configuration files found next to the drafts.
Inputs collect_inputs(const std::vector<std::string>& args);

/// Lints one draft held in memory under a configuration (the defaults when not given);
/// fills `view`, when given, with where its parts lie and the date it was checked at.
FileReport lint_text(const std::string& path, std::string bytes, const LintSettings& settings,
                     const Config& config = Config{}, DraftView* view = nullptr);

/// Receives each file's report as soon as it and every file before it are done.
using ReportSink = std::function<void(const FileReport&)>;

/// A run's reports in input order, and whether a finding reached its file's fail level.
struct LintOutcome {
  std::vector<FileReport> reports;
  bool failed = false;
};

/// Lints every input, `settings.jobs` at a time, each under its own configuration.
LintOutcome lint_all(const std::vector<std::string>& inputs, const LintSettings& settings,
                     ConfigResolver& configs, const ReportSink& sink = {});

/// Lints every input with the configurations found next to them; the reports come back
/// in input order.
std::vector<FileReport> lint_inputs(const std::vector<std::string>& inputs,
                                    const LintSettings& settings);

}  // namespace presscheck
