#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "config/config_resolver.hpp"
#include "lint/lint_text.hpp"
#include "render/report.hpp"

namespace presscheck {

/// Drafts are a few kilobytes; past this a file is not a draft, and reading it whole would
/// cost memory for nothing.
inline constexpr std::uintmax_t kMaxDraftBytes = 16u << 20;

/// Reads `in` to its end, or stops one byte past kMaxDraftBytes: standard input, a pipe or
/// a device has no size to check first, and `cat archive | presscheck lint -` must not read
/// gigabytes into memory. nullopt when the stream broke.
std::optional<std::string> read_bounded(std::istream& in, bool& too_large);

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

/// Receives each file's report as soon as it and every file before it are done.
using ReportSink = std::function<void(const FileReport&)>;

/// A run's reports in input order, and whether a finding reached its file's fail level.
struct LintOutcome {
  std::vector<FileReport> reports;
  bool failed = false;
};

/// Whether one of the report's findings is at least as severe as `fail_level`.
bool reaches(const FileReport& report, Severity fail_level);

/// Lints every input, `settings.jobs` at a time, each under its own configuration.
LintOutcome lint_all(const std::vector<std::string>& inputs, const LintSettings& settings,
                     ConfigResolver& configs, const ReportSink& sink = {});

/// Lints every input with the configurations found next to them; the reports come back
/// in input order.
std::vector<FileReport> lint_inputs(const std::vector<std::string>& inputs,
                                    const LintSettings& settings);

}  // namespace presscheck
