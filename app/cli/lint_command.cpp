#include <fmt/core.h>
#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <thread>

#include "checks/registry.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/terminal_safe.hpp"
#include "lint/fix_files.hpp"
#include "lint/git_changes.hpp"
#include "lint/lint_runner.hpp"
#include "lint/lint_setup.hpp"
#include "lint/path_list.hpp"
#include "lint/progress.hpp"
#include "render/formats.hpp"

namespace presscheck {
namespace {

struct LintFlags {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string fail_level;
  std::string lang;
  std::string rules_dir;
  std::string config;
  std::string changed_since;
  std::string facts;
  std::string stdin_filename;
  PathListSource files_from;
  bool no_facts = false;
  bool no_color = false;
  bool fix = false;
  unsigned jobs = 0;
};

bool use_color(const LintFlags& flags) {
  if (flags.no_color)
    return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0')
    return false;
  return isatty(fileno(stdout)) != 0;
}

void write_out(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

ToolInfo tool_info() {
  ToolInfo tool;
  tool.version = PRESSCHECK_VERSION;
  for (const RuleInfo& info : all_rule_infos()) {
    tool.rules.push_back({std::string(info.id), info.severity, std::string(info.summary_en),
                          std::string(info.summary_fr)});
  }
  return tool;
}

// Files are reported in the order of `inputs`; when that is the order of their paths,
// with no path twice, formats that sort findings by path can write each file at once.
// Standard input is reported under another name than "-", so it is not counted on.
bool arrive_sorted(const std::vector<std::string>& inputs) {
  const bool has_stdin = std::find(inputs.begin(), inputs.end(), "-") != inputs.end();
  return !has_stdin &&
         std::adjacent_find(inputs.begin(), inputs.end(), std::greater_equal<>()) == inputs.end();
}

RunInfo run_info(bool color, bool sorted) {
  RunInfo run;
  run.tool = tool_info();
  run.color = color;
  run.sorted = sorted;
  return run;
}

// Problems that do not stop the run are printed after its output, where they are seen.
// Each is one line, whatever the names in it hold: a folder named "x\n::error::…" must
// not start a line of its own, which a CI log would read as a workflow command.
void report_problems(const std::vector<std::string>& problems) {
  std::fflush(stdout);
  for (const std::string& problem : problems)
    fmt::print(stderr, "presscheck: error: {}\n", terminal_safe(problem));
}

void check_stdin_filename(const LintFlags& flags) {
  if (flags.stdin_filename.empty())
    return;
  if (std::find(flags.paths.begin(), flags.paths.end(), "-") == flags.paths.end()) {
    throw UserError(
        fmt::format("--stdin-filename {}: names standard input, but `-` is not "
                    "among the paths to lint",
                    terminal_safe(flags.stdin_filename)));
  }
}

std::string plural_of(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

// `--fix -` is a filter: the fixed draft goes to standard output, as an editor or a pipe
// expects, and the report of what remains to standard error.
int run_fix_stdin(const LintFlags& flags, const LintSettings& settings, ConfigResolver& configs) {
  if (flags.paths.size() != 1) {
    throw UserError(
        "--fix: standard input (-) is fixed on its own, its text written to standard output; "
        "fix files in another run");
  }
  const FixedStdin fixed = fix_stdin(settings, configs);
  write_out(fixed.text);
  std::fflush(stdout);
  const auto renderer = make_renderer(flags.format, std::cerr);
  renderer->begin(run_info(false, true));
  renderer->file(fixed.report);
  renderer->end();
  return fixed.failed ? kExitFindings : kExitClean;
}

int run_lint(const LintFlags& flags) {
  check_stdin_filename(flags);
  LintSetup setup = set_up_lint({.rules_dir = flags.rules_dir,
                                 .lang = flags.lang,
                                 .fail_level = flags.fail_level,
                                 .config = flags.config,
                                 .facts = flags.facts,
                                 .stdin_name = flags.stdin_filename,
                                 .no_facts = flags.no_facts,
                                 .jobs = flags.jobs});
  const LintSettings& settings = setup.settings;
  ConfigResolver& configs = setup.configs;
  const bool fix_stdin_only =
      flags.fix && std::find(flags.paths.begin(), flags.paths.end(), "-") != flags.paths.end();
  if (fix_stdin_only)
    return run_fix_stdin(flags, settings, configs);
  Inputs collected = collect_inputs(flags.paths, configs, flags.stdin_filename);
  std::vector<std::string>& inputs = collected.files;
  if (!flags.changed_since.empty())
    inputs = changed_since(flags.changed_since, inputs);
  if (flags.fix) {
    // The report that follows is of the files as fixed: what is left to do by hand.
    const FixSummary fixed = fix_files(inputs, settings, configs);
    fmt::print(stderr, "presscheck: applied {} in {}\n", plural_of(fixed.fixes, "fix", "fixes"),
               plural_of(fixed.files, "file", "files"));
  }
  const auto renderer = make_renderer(flags.format, std::cout);
  renderer->begin(run_info(use_color(flags), arrive_sorted(inputs)));
  LintOutcome outcome;
  {
    // Output written as files arrive would tear a progress bar on the same terminal.
    const bool shared_terminal = renderer->streams() && isatty(fileno(stdout)) != 0;
    Progress progress(shared_terminal ? 0 : inputs.size());
    outcome = lint_all(inputs, settings, configs, [&](const FileReport& report) {
      progress.advance();
      renderer->file(report);
    });
  }
  // With nothing linted, the problems are the whole story.
  const bool nothing_linted = inputs.empty() && !collected.problems.empty();
  if (!nothing_linted)
    renderer->end();
  report_problems(collected.problems);
  if (!collected.problems.empty())
    return kExitUsage;
  return outcome.failed ? kExitFindings : kExitClean;
}

}  // namespace

void add_lint_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<LintFlags>();
  auto* lint = app.add_subcommand("lint", "Check drafts against themselves (and the fact base)");
  lint->add_option("paths", flags->paths, "Drafts or folders to check; - reads standard input");
  auto* files_from = lint->add_option("--files-from", flags->files_from.list,
                                      "Also check the paths this file lists, one a line (- "
                                      "reads the list from standard input)");
  lint->add_flag("-0,--null", flags->files_from.nul,
                 "The --files-from list is NUL-separated (find -print0), for names with line "
                 "breaks")
      ->needs(files_from);
  lint->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember(output_format_names()))
      ->capture_default_str();
  lint->add_option("--fail-level", flags->fail_level,
                   "Exit with 1 when a finding is at least this severe (default: the "
                   "configuration's fail_level, or error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  lint->add_option("--lang", flags->lang, "Language of drafts whose front matter does not say")
      ->check(CLI::IsMember({"fr", "en"}));
  lint->add_option("--rules", flags->rules_dir, "Folder of rule packs (default: the bundled ones)");
  lint->add_option("--config", flags->config,
                   "Configuration file for every draft (default: the nearest .presscheck.toml)");
  lint->add_option("--changed-since", flags->changed_since,
                   "Only drafts added or modified since this git revision, or untracked");
  lint->add_option("-j,--jobs", flags->jobs, "Drafts checked in parallel (default: all cores)");
  lint->add_flag("--no-color", flags->no_color, "Never colour the output");
  lint->add_option(
      "--facts", flags->facts,
      "Fact base: a .db file, or JSON Lines files or folders (default: the bundled one)");
  lint->add_flag("--no-facts", flags->no_facts, "Check drafts against themselves only");
  lint->add_flag("--fix", flags->fix,
                 "Apply the certain suggestions (a known name's spelling, a former title) to the "
                 "files, then report what remains; with -, print the fixed text and report on "
                 "standard error");
  lint->add_option("--stdin-filename", flags->stdin_filename,
                   "The path standard input (-) stands for: its format, configuration and "
                   "name in findings");
  lint->callback([flags, &exit_code] {
    flags->paths = paths_with_list(flags->paths, flags->files_from);
    exit_code = run_lint(*flags);
  });
}

}  // namespace presscheck
