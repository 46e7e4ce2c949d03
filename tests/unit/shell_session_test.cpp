// `presscheck shell`: at a terminal through a pseudo-terminal (history with the up arrow,
// Tab completing a name, Ctrl-D), scripted through a pipe, and name completion itself.
#include <gtest/gtest.h>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <thread>

#include "run_binary.hpp"
#include "shell/name_completion.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::run_presscheck;

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

/// The shell running at the end of a pseudo-terminal, as a user's terminal would see it.
// How long to wait for the shell: generous, since a loaded CI machine can be slow to start
// a process, and a passing test never waits for the whole of it.
constexpr auto kPatience = std::chrono::seconds(20);

class PtyShell {
 public:
  PtyShell() {
    home_ = fs::temp_directory_path() / ("presscheck-shell-home-" + std::to_string(::getpid()));
    fs::create_directories(home_);
    pid_ = forkpty(&fd_, nullptr, nullptr, nullptr);
    if (pid_ == 0) {
      ::setenv("TERM", "xterm", 1);
      ::setenv("NO_COLOR", "1", 1);
      ::setenv("HOME", home_.c_str(), 1);
      if (::chdir(PRESSCHECK_SOURCE_DIR) != 0)
        ::_exit(127);
      ::execl(PRESSCHECK_BINARY, "presscheck", "shell", "--lang", "en",
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
  }
  ~PtyShell() {
    if (pid_ > 0 && !exited_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (fd_ >= 0)
      ::close(fd_);
    fs::remove_all(home_);
  }

  bool started() const { return pid_ > 0 && fd_ >= 0; }

  /// Types `keys` once libedit is reading them. It prints its prompt before it puts the
  /// terminal in raw mode; keys typed in between reach the kernel's line discipline, which
  /// would echo a Ctrl-D as « ^D » and hand it on as a character of the line.
  void type(const std::string& keys) {
    ASSERT_TRUE(editing()) << "the shell never put its terminal in raw mode";
    ASSERT_EQ(::write(fd_, keys.data(), keys.size()), static_cast<ssize_t>(keys.size()));
  }

  /// Whether the terminal is in raw mode (the master side reads the pair's settings),
  /// waiting up to kPatience for it while keeping what the shell writes.
  bool editing() {
    const auto deadline = std::chrono::steady_clock::now() + kPatience;
    while (std::chrono::steady_clock::now() < deadline) {
      termios settings{};
      if (::tcgetattr(fd_, &settings) == 0 && (settings.c_lflag & ICANON) == 0)
        return true;
      pollfd poll_fd{fd_, POLLIN, 0};
      if (::poll(&poll_fd, 1, 5) <= 0)
        continue;
      char buffer[4096];
      const ssize_t got = ::read(fd_, buffer, sizeof buffer);
      if (got > 0)
        output_.append(buffer, static_cast<std::size_t>(got));
    }
    return false;
  }

  /// Reads until `done` says the output is complete, or kPatience passes.
  template <typename Done>
  bool read_until(Done done) {
    const auto deadline = std::chrono::steady_clock::now() + kPatience;
    while (!done(output_)) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0)
        return false;
      pollfd poll_fd{fd_, POLLIN, 0};
      if (::poll(&poll_fd, 1, static_cast<int>(left.count())) <= 0)
        continue;
      char buffer[4096];
      const ssize_t got = ::read(fd_, buffer, sizeof buffer);
      if (got <= 0)
        return done(output_);
      output_.append(buffer, static_cast<std::size_t>(got));
    }
    return true;
  }

  bool prompts(std::size_t n) {
    return read_until([n](const std::string& out) { return count(out, "presscheck> ") >= n; });
  }

  /// The shell's exit code, or -1 when it has not exited within kPatience (then it is
  /// killed by the destructor): a shell that never exits must fail the test, not hang it.
  int exit_code() {
    const auto deadline = std::chrono::steady_clock::now() + kPatience;
    int status = 0;
    while (::waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline)
        return -1;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    exited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  /// Types Ctrl-D on the empty line and returns the exit code.
  int exit_code_after_ctrl_d() {
    type("\x04");
    return exit_code();
  }

  const std::string& output() const { return output_; }

 private:
  fs::path home_;
  int fd_ = -1;
  pid_t pid_ = -1;
  bool exited_ = false;
  std::string output_;
};

TEST(ShellPty, RecallsHistoryWithTheUpArrowAndCompletesNamesWithTab) {
  PtyShell shell;
  ASSERT_TRUE(shell.started());
  ASSERT_TRUE(shell.prompts(1)) << shell.output();
  EXPECT_NE(shell.output().find("presscheck shell: :help for help, Ctrl-D to quit"),
            std::string::npos);

  shell.type("Thierry Breton\r");
  ASSERT_TRUE(shell.prompts(2)) << shell.output();
  EXPECT_EQ(count(shell.output(), "Thierry Breton · person · thierry-breton"), 1u);

  shell.type("\x1b[A\r");  // up arrow, then Enter: the same lookup again
  ASSERT_TRUE(shell.prompts(3)) << shell.output();
  EXPECT_EQ(count(shell.output(), "Thierry Breton · person · thierry-breton"), 2u);

  // "Henna Vi" alone matches nothing: only completion gives the card.
  shell.type("henna vi\t\r");
  ASSERT_TRUE(shell.prompts(4)) << shell.output();
  EXPECT_NE(shell.output().find("Henna Virkkunen · person · henna-virkkunen"), std::string::npos)
      << shell.output();

  shell.type(":quit\r");
  EXPECT_EQ(shell.exit_code(), 0);
}

TEST(ShellPty, QuitsOnCtrlD) {
  PtyShell shell;
  ASSERT_TRUE(shell.started());
  ASSERT_TRUE(shell.prompts(1)) << shell.output();
  EXPECT_EQ(shell.exit_code_after_ctrl_d(), 0) << shell.output();  // Ctrl-D on an empty line
}

TEST(ShellPty, QuitsOnQuit) {
  PtyShell shell;
  ASSERT_TRUE(shell.started());
  ASSERT_TRUE(shell.prompts(1)) << shell.output();
  shell.type(":quit\r");
  EXPECT_EQ(shell.exit_code(), 0);
}

TEST(ShellPipe, AnswersLineByLineWithoutPromptOrColour) {
  const std::string script =
      ":date 2024-09-15\n"
      "\n"
      ":verify Le commissaire européen Thierry Breton a réagi.\n"
      ":date 2026-01-06\n"
      ":lang fr\n"
      ":verify Le commissaire européen Thierry Breton a réagi.\n"
      "(((\n"
      ":date 2024-13\n"
      ":frobnicate\n"
      ":quit\n"
      "Thierry Breton\n";
  const auto result = run_presscheck("shell --lang en", &script);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out,
            "facts read on 15 September 2024\n"
            "\n"
            "Base de faits au 15 septembre 2024 :\n"
            "confirmé      « commissaire européen Thierry Breton »\n"
            "              Thierry Breton occupe la fonction de « commissaire européen » au\n"
            "              15 septembre 2024 (du 1er décembre 2019 au 16 septembre 2024)\n"
            "              source : "
            "https://ec.europa.eu/commission/commissioners/2019-2024/breton_en\n"
            "              fait : breton-european-commissioner-2019\n"
            "\n"
            "facts read on 6 January 2026\n"
            "\n"
            "langue : fr\n"
            "\n"
            "Base de faits au 6 janvier 2026 :\n"
            "dépassé       « Le commissaire européen »\n"
            "              Thierry Breton n'occupe pas la fonction de « commissaire\n"
            "              européen » au 6 janvier 2026 (fonction occupée du 1er décembre\n"
            "              2019 au 16 septembre 2024)\n"
            "              source : "
            "https://ec.europa.eu/commission/commissioners/2019-2024/breton_en\n"
            "              fait : breton-european-commissioner-2019\n"
            "\n"
            "La recherche ne contient aucun mot.\n"
            "\n"
            "erreur : :date : « 2024-13 » n'est pas une date ; écrivez AAAA, AAAA-MM ou "
            "AAAA-MM-JJ\n"
            "\n"
            "erreur : commande inconnue « :frobnicate » ; :help les liste\n"
            "\n");
}

TEST(ShellCompletion, CompletesIgnoringCaseAndAccentsFromTheLongestTail) {
  const NameCompleter names({"Thierry Breton", "Henna Virkkunen", "Commission européenne",
                             "commissaire européen", "commissaire européenne", "EU",
                             "EU Commission"});
  const Completion one = names.complete(":verify Le thierry b");
  EXPECT_EQ(one.from, 11u);
  EXPECT_EQ(one.text, "Thierry Breton");
  const Completion accents = names.complete("commission europ");
  EXPECT_EQ(accents.text, "Commission européenne");
  const Completion shared = names.complete("commissaire");
  EXPECT_EQ(shared.text, "commissaire européen");
  const Completion choice = names.complete("commissaire européen");
  EXPECT_TRUE(choice.text.empty());
  EXPECT_EQ(choice.matches,
            (std::vector<std::string>{"commissaire européen", "commissaire européenne"}));
  EXPECT_TRUE(names.complete("zzz").matches.empty());
  EXPECT_TRUE(names.complete("zzz").text.empty());
  EXPECT_TRUE(names.complete("").text.empty());
}

}  // namespace
}  // namespace presscheck
