#pragma once

#include <string>

namespace presscheck::testing_support {

/// What a run of the presscheck binary printed and returned.
struct RunResult {
  std::string out;
  int exit_code = -1;
};

/// Runs `presscheck ARGS` in the source folder with NO_COLOR set; stdin from `input` when
/// given, and stderr merged into the output when `merge_stderr`.
RunResult run_presscheck(const std::string& args, const std::string* input = nullptr,
                         bool merge_stderr = false);

/// The whole content of a file, or an empty string.
std::string read_file(const std::string& path);

}  // namespace presscheck::testing_support
