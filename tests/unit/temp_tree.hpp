#pragma once

#include <filesystem>
#include <string>

namespace presscheck::testing_support {

/// A scratch folder of files, removed at the end of the test.
class TempTree {
 public:
  TempTree();
  ~TempTree();
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;

  /// Writes `content` to `name` (relative, folders created) and returns the full path.
  std::string write(const std::string& name, const std::string& content) const;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// What a command printed on stdout and stderr, and its exit code.
struct CommandResult {
  std::string out;
  std::string err;
  int exit_code = -1;
};

/// Runs `presscheck ARGS` with `folder` as the working directory, NO_COLOR and CI set
/// (so no colour and no progress bar), and the given extra environment assignments.
CommandResult run_in(const std::filesystem::path& folder, const std::string& args,
                     const std::string& environment = "");

/// Runs a shell command in `folder` (for git set-up); returns its exit code.
int shell_in(const std::filesystem::path& folder, const std::string& command);

}  // namespace presscheck::testing_support
