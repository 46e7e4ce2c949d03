#include "lint/fix_files.hpp"

#include <fmt/format.h>
#include <iostream>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "lint/apply_fixes.hpp"
#include "lint/draft_file.hpp"

namespace presscheck {
namespace {

FixedText fixed_text(const std::string& text, const FileReport& report) {
  std::vector<const Diagnostic*> diagnostics;
  for (const LocatedDiagnostic& d : report.diagnostics)
    diagnostics.push_back(&d.diagnostic);
  return apply_fixes(text, diagnostics);
}

}  // namespace

FixSummary fix_files(const std::vector<std::string>& inputs, const LintSettings& settings,
                     ConfigResolver& configs) {
  FixSummary summary;
  for (const std::string& path : inputs) {
    if (path == "-")
      continue;
    DraftFile file = read_draft_file(path, kMaxDraftBytes);
    if (file.problem)
      continue;  // the report that follows says why it was not read
    const FileReport report = lint_text(path, file.bytes, settings, *configs.for_path(path));
    const FixedText fixed = fixed_text(file.bytes, report);
    if (fixed.applied == 0)
      continue;
    write_file_atomically(path, [&](std::ostream& out) { out << fixed.text; });
    summary.fixes += fixed.applied;
    ++summary.files;
  }
  return summary;
}

FixedStdin fix_stdin(const LintSettings& settings, ConfigResolver& configs) {
  bool too_large = false;
  std::optional<std::string> bytes = read_bounded(std::cin, too_large);
  if (!bytes || too_large)
    throw UserError("--fix: standard input could not be read whole (at most 16 MiB)");
  const std::string name = settings.stdin_name.empty() ? "<stdin>" : settings.stdin_name;
  const auto config = configs.for_path(settings.stdin_name.empty() ? "-" : settings.stdin_name);
  const FileReport before = lint_text(name, *bytes, settings, *config);
  FixedStdin out;
  FixedText fixed = fixed_text(*bytes, before);
  out.fixes = fixed.applied;
  out.text = std::move(fixed.text);
  out.report = lint_text(name, out.text, settings, *config);
  out.failed = reaches(out.report, settings.fail_level.value_or(config->fail_level.value));
  return out;
}

}  // namespace presscheck
