#include "child_run.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

extern char** environ;

namespace presscheck::bench {
namespace {

constexpr const char* kLauncherFlag = "--launch";

// Spawns `args` (null-terminated) with its output sent to /dev/null and waits for it.
ChildRun spawn_and_wait(char* const* args) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  ChildRun run;
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int failed = ::posix_spawn(&pid, args[0], &actions, nullptr, args, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0)
    return run;
  int status = 0;
  rusage usage{};
  // wait4 gives this child's own rusage, not the sum over every child reaped so far.
  ::wait4(pid, &status, 0, &usage);
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.peak_rss_kb = usage.ru_maxrss;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::filesystem::path self_executable() {
  return std::filesystem::read_symlink("/proc/self/exe");
}

}  // namespace

ChildRun run_child(const std::vector<std::string>& argv) {
  // Linux counts in a child's peak RSS the memory of the process it was spawned from (the
  // copy it starts as, or the shared one of posix_spawn), and this bench holds every draft
  // in memory for the floor. So a fresh, small copy of this program launches the child
  // and reports what it saw: its own memory is then the only excess, a few megabytes.
  const std::filesystem::path report = std::filesystem::temp_directory_path() /
                                       ("presscheck-bench-run-" + std::to_string(::getpid()));
  std::vector<std::string> launcher = {self_executable().string(), kLauncherFlag, report.string()};
  launcher.insert(launcher.end(), argv.begin(), argv.end());
  std::vector<char*> args;
  for (const std::string& arg : launcher)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  if (spawn_and_wait(args.data()).exit_code != 0)
    return {};
  ChildRun run;
  std::ifstream in(report);
  in >> run.seconds >> run.peak_rss_kb >> run.exit_code;
  std::error_code error;
  std::filesystem::remove(report, error);
  return run;
}

std::optional<int> launcher_main(int argc, char** argv) {
  if (argc < 4 || std::string(argv[1]) != kLauncherFlag)
    return std::nullopt;
  const ChildRun run = spawn_and_wait(argv + 3);
  std::FILE* out = std::fopen(argv[2], "w");
  if (out == nullptr)
    return 1;
  std::fprintf(out, "%.9f %ld %d\n", run.seconds, run.peak_rss_kb, run.exit_code);
  return std::fclose(out) == 0 ? 0 : 1;
}

}  // namespace presscheck::bench
