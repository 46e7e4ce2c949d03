#include "lint/git_changes.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>
#include <filesystem>
#include <set>

#include "core/error.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;

struct GitOutput {
  std::string out;
  std::string err;
  int status = -1;
};

std::string drain(int fd) {
  std::string text;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) != 0;) {
    if (n < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    text.append(buffer, static_cast<std::size_t>(n));
  }
  return text;
}

// Runs git without a shell, so that no revision text is ever interpreted. stderr goes to
// a temporary file rather than a second pipe, which could fill up and block git.
GitOutput run_git(std::vector<std::string> args) {
  args.insert(args.begin(), "git");
  std::vector<char*> argv;
  for (std::string& arg : args)
    argv.push_back(arg.data());
  argv.push_back(nullptr);
  int out_pipe[2];
  FILE* err_file = std::tmpfile();
  if (err_file == nullptr || ::pipe(out_pipe) != 0) {
    if (err_file != nullptr)
      std::fclose(err_file);
    throw UserError("--changed-since: cannot start git");
  }
  const pid_t child = ::fork();
  if (child == 0) {
    ::dup2(out_pipe[1], STDOUT_FILENO);
    ::dup2(fileno(err_file), STDERR_FILENO);
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    ::execvp("git", argv.data());
    ::_exit(127);
  }
  ::close(out_pipe[1]);
  GitOutput result;
  if (child > 0)
    result.out = drain(out_pipe[0]);
  ::close(out_pipe[0]);
  int status = 0;
  if (child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status)) {
    result.status = WEXITSTATUS(status);
  }
  std::rewind(err_file);
  result.err = drain(fileno(err_file));
  std::fclose(err_file);
  return result;
}

std::vector<std::string> split_nul(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\0', start)) != std::string::npos; start = end + 1) {
    parts.push_back(text.substr(start, end - start));
  }
  return parts;
}

GitOutput git_or_fail(const std::string& revision, std::vector<std::string> args) {
  GitOutput result = run_git(std::move(args));
  if (result.status == 0)
    return result;
  std::string reason = result.err.substr(0, result.err.find('\n'));
  if (result.status == 127 && reason.empty())
    reason = "git is not installed";
  throw UserError(fmt::format("--changed-since {}: git failed: {}", revision, reason));
}

}  // namespace

std::vector<std::string> changed_since(const std::string& revision,
                                       const std::vector<std::string>& inputs) {
  if (revision.empty() || revision.front() == '-') {
    throw UserError(fmt::format("--changed-since: `{}` is not a revision", revision));
  }
  const GitOutput top = git_or_fail(revision, {"rev-parse", "--show-toplevel"});
  const fs::path root = fs::path(top.out.substr(0, top.out.find('\n')));
  // `--end-of-options` keeps a revision from being read as an option; the `--` after it
  // keeps it from being read as a path.
  const GitOutput diff =
      git_or_fail(revision, {"diff", "--name-only", "-z", "--no-renames", "--diff-filter=d",
                             "--end-of-options", revision, "--"});
  const GitOutput untracked = git_or_fail(
      revision, {"ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", ":/"});
  std::set<fs::path> changed;
  for (const std::string& name : split_nul(diff.out))
    changed.insert(root / name);
  for (const std::string& name : split_nul(untracked.out))
    changed.insert(root / name);
  std::vector<std::string> kept;
  for (const std::string& input : inputs) {
    std::error_code error;
    const fs::path real = fs::weakly_canonical(input, error);
    if (input == "-" || changed.count(error ? fs::path(input) : real) > 0)
      kept.push_back(input);
  }
  return kept;
}

}  // namespace presscheck
