#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lint/lint_runner.hpp"

namespace presscheck {

/// What `lint --fix` changed on disk.
struct FixSummary {
  std::size_t fixes = 0;
  std::size_t files = 0;
};

/// Lints each draft file of `inputs` and rewrites it, atomically, with its certain
/// suggestions applied; files with nothing to apply are not touched. Standard input ("-")
/// is not among the inputs here (see fix_stdin). Throws UserError when a file cannot be
/// written.
FixSummary fix_files(const std::vector<std::string>& inputs, const LintSettings& settings,
                     ConfigResolver& configs);

/// Reads standard input whole, applies its certain suggestions and returns the fixed text
/// with the report of what remains in it, and whether that reaches the fail level.
struct FixedStdin {
  std::string text;
  FileReport report;
  std::size_t fixes = 0;
  bool failed = false;
};
FixedStdin fix_stdin(const LintSettings& settings, ConfigResolver& configs);

}  // namespace presscheck
