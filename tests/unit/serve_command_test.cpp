// `presscheck serve` runs the desk program, presscheck-serve, from presscheck's folder: the
// arguments reach it as typed, its exit code and messages are the command's, and a
// presscheck without it says what is missing.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <array>
#include <filesystem>
#include <string>

#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::run_presscheck;
using testing_support::TempTree;

TEST(ServeCommand, HelpComesFromTheDeskProgramUnderTheCommandsOwnName) {
  const auto help = run_presscheck("serve --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Usage: presscheck serve [OPTIONS]"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--port"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--host"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--facts"), std::string::npos) << help.out;
}

TEST(ServeCommand, TheMainHelpStillListsServe) {
  const auto help = run_presscheck("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("serve"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("Open a local web desk"), std::string::npos) << help.out;
}

TEST(ServeCommand, ABadOptionIsRefusedWithExitTwo) {
  const auto out_of_range = run_presscheck("serve --port 70000", nullptr, true);
  EXPECT_EQ(out_of_range.exit_code, 2);
  EXPECT_NE(out_of_range.out.find("--port"), std::string::npos) << out_of_range.out;
  const auto unknown = run_presscheck("serve --colour", nullptr, true);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.out.find("--colour"), std::string::npos) << unknown.out;
}

// 203.0.113.7 (a documentation address) is no address of this machine: the desk loads the
// base and the packs, then cannot listen, so the options reached it.
TEST(ServeCommand, TheOptionsReachTheDesk) {
  const auto result = run_presscheck("serve --host 203.0.113.7 --port 0", nullptr, true);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find("cannot listen on 203.0.113.7"), std::string::npos) << result.out;
}

// The first line names the address; the process that prints it is the one started, so
// stopping it stops the desk.
TEST(ServeCommand, TheDeskStartsAndSaysWhereItIs) {
  std::array<int, 2> pipe_ends{};
  ASSERT_EQ(::pipe(pipe_ends.data()), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::dup2(pipe_ends[1], STDOUT_FILENO);
    ::close(pipe_ends[0]);
    ::execl(PRESSCHECK_BINARY, "presscheck", "serve", "--port", "0", nullptr);
    ::_exit(127);
  }
  ::close(pipe_ends[1]);
  std::string line;
  char c = 0;
  while (::read(pipe_ends[0], &c, 1) == 1 && c != '\n')
    line += c;
  ::close(pipe_ends[0]);
  ::kill(child, SIGTERM);
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_EQ(line.rfind("presscheck serve: the desk is at http://127.0.0.1:", 0), 0u) << line;
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << status;
}

TEST(ServeCommand, APresscheckWithoutTheDeskProgramSaysWhatIsMissing) {
  const TempTree tree;
  const std::filesystem::path lone = tree.path() / "presscheck";
  std::filesystem::copy_file(PRESSCHECK_BINARY, lone);
  const std::string command = "'" + lone.string() + "' serve --port 0 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  std::array<char, 1024> buffer{};
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    out.append(buffer.data(), read);
  const int status = ::pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_EQ(out, "presscheck: error: " + (tree.path() / "presscheck-serve").string() +
                     " is needed and is not there: install presscheck with `cmake --install`, "
                     "which puts it beside presscheck, or build its target `presscheck-serve`\n");
}

}  // namespace
}  // namespace presscheck
