#include <cstdio>
#include <cstdlib>
#include <fmt/core.h>
#include <map>
#include <thread>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/lint_runner.hpp"
#include "core/error.hpp"
#include "render/json_renderer.hpp"
#include "render/text_renderer.hpp"

namespace presscheck {
namespace {

struct LintFlags {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string fail_level = "error";
  std::string lang;
  std::string rules_dir;
  bool no_color = false;
  unsigned jobs = 0;
};

bool use_color(const LintFlags& flags) {
  if (flags.no_color) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return isatty(fileno(stdout)) != 0;
}

int run_lint(const LintFlags& flags) {
  LintSettings settings;
  settings.rules = RuleSet::load(flags.rules_dir.empty() ? default_rules_dir()
                                                           : std::filesystem::path(flags.rules_dir));
  if (!flags.lang.empty()) settings.lang = parse_lang(flags.lang);
  settings.jobs = flags.jobs > 0 ? flags.jobs : std::max(1u, std::thread::hardware_concurrency());
  const std::vector<FileReport> reports = lint_inputs(collect_inputs(flags.paths), settings);
  const std::string output =
      flags.format == "json" ? render_json(reports) : render_text(reports, use_color(flags));
  std::fwrite(output.data(), 1, output.size(), stdout);
  const Severity fail_level = parse_severity(flags.fail_level).value_or(Severity::error);
  for (const FileReport& report : reports) {
    for (const LocatedDiagnostic& d : report.diagnostics) {
      if (d.diagnostic.severity >= fail_level) return kExitFindings;
    }
  }
  return kExitClean;
}

}  // namespace

void add_lint_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<LintFlags>();
  auto* lint = app.add_subcommand("lint", "Check drafts against themselves (and the fact base)");
  lint->add_option("paths", flags->paths, "Drafts or folders to check; - reads standard input")
      ->required();
  lint->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  lint->add_option("--fail-level", flags->fail_level,
                   "Exit with 1 when a finding is at least this severe")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  lint->add_option("--lang", flags->lang, "Language of drafts whose front matter does not say")
      ->check(CLI::IsMember({"fr", "en"}));
  lint->add_option("--rules", flags->rules_dir, "Folder of rule packs (default: the bundled ones)");
  lint->add_option("-j,--jobs", flags->jobs, "Drafts checked in parallel (default: all cores)");
  lint->add_flag("--no-color", flags->no_color, "Never colour the output");
  lint->callback([flags, &exit_code] { exit_code = run_lint(*flags); });
}

}  // namespace presscheck
