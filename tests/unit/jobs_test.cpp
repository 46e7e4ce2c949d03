// -j N: parallel runs print exactly what a sequential run prints, in every format, and
// jsonl streams in input order even when a later file finishes first.
#include <gtest/gtest.h>

#include <filesystem>

#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::read_file;
using testing_support::run_in;
using testing_support::TempTree;

// Copies of the samples under many names, plus a long draft first in the list so that
// the workers finish out of order.
void fill(const TempTree& tree) {
  std::string long_body;
  for (int i = 0; i < 3000; ++i)
    long_body += "Le ministre a parlé « très au sérieux » lundi.\n\n";
  tree.write("0-long.md", "# Le ministre « ne prend pas très au sérieux »\n\n" + long_body);
  int n = 0;
  for (const auto& entry : fs::recursive_directory_iterator(PRESSCHECK_SOURCE_DIR "/samples")) {
    const std::string extension = entry.path().extension().string();
    if (extension != ".md" && extension != ".txt")
      continue;
    const std::string content = read_file(entry.path().string());
    for (int copy = 0; copy < 6; ++copy) {
      tree.write("d" + std::to_string(copy) + "/" + std::to_string(n++) + extension, content);
    }
  }
}

class Jobs : public testing::TestWithParam<std::string> {};

TEST_P(Jobs, ParallelOutputIsIdenticalToSequential) {
  TempTree tree;
  fill(tree);
  const auto one = run_in(tree.path(), "lint --format " + GetParam() + " -j 1 .");
  const auto four = run_in(tree.path(), "lint --format " + GetParam() + " -j 4 .");
  ASSERT_GT(one.out.size(), 1000u);
  EXPECT_EQ(four.out, one.out);
  EXPECT_EQ(four.exit_code, one.exit_code);
  EXPECT_EQ(one.exit_code, 1);
}

INSTANTIATE_TEST_SUITE_P(Formats, Jobs,
                         testing::Values("text", "json", "jsonl", "sarif", "github", "rdjson"));

TEST(JobsStreaming, JsonlFollowsTheInputOrderNotTheFinishingOrder) {
  TempTree tree;
  fill(tree);
  tree.write("z-empty.md", "");
  const auto result = run_in(tree.path(), "lint --format jsonl -j 4 0-long.md z-empty.md");
  const std::string first_line = result.out.substr(0, result.out.find('\n'));
  EXPECT_NE(first_line.find("\"path\":\"0-long.md\""), std::string::npos) << result.out;
  const std::string last_line =
      result.out.substr(result.out.rfind('\n', result.out.size() - 2) + 1);
  EXPECT_EQ(last_line,
            "{\"path\":\"z-empty.md\",\"rule\":\"input.no-headline\",\"severity\":\"warning\","
            "\"line\":1,\"column\":1,\"end_line\":1,\"end_column\":1,\"message\":\"the file is "
            "empty\",\"evidence\":[]}\n");
}

// More than 100 drafts: enough for the progress bar.
void fill_many(const TempTree& tree) {
  for (int i = 0; i < 120; ++i)
    tree.write("f" + std::to_string(i) + ".md", "# T\n\nx.\n");
}

TEST(JobsProgress, NeverInPipesOrFiles) {
  TempTree tree;
  fill_many(tree);
  const auto result = run_in(tree.path(), "lint --format json .", "CI=");
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.exit_code, 0);
}

// `script` gives the command a terminal, as a person running presscheck has.
std::string at_a_terminal(const TempTree& tree, const std::string& environment) {
  if (testing_support::shell_in(tree.path(), "command -v script >/dev/null") != 0)
    return "";
  testing_support::shell_in(tree.path(), "script -qec \"env " + environment +
                                             " '" PRESSCHECK_BINARY
                                             "' lint --format json . >/dev/null\" /dev/null "
                                             ">terminal.log");
  return read_file((tree.path() / "terminal.log").string());
}

TEST(JobsProgress, ShownAtATerminalWithCountAndRateThenCleared) {
  TempTree tree;
  fill_many(tree);
  const std::string terminal = at_a_terminal(tree, "-u CI");
  if (terminal.empty())
    GTEST_SKIP() << "no `script` command to get a terminal";
  EXPECT_NE(terminal.find("] 120/120 files, "), std::string::npos) << terminal;
  EXPECT_NE(terminal.find(" files/s"), std::string::npos);
  EXPECT_NE(terminal.find("\r\x1b[2K"), std::string::npos);
}

TEST(JobsProgress, NeverInCiEvenAtATerminal) {
  TempTree tree;
  fill_many(tree);
  const std::string terminal = at_a_terminal(tree, "CI=true");
  EXPECT_EQ(terminal.find("files/s"), std::string::npos) << terminal;
}

}  // namespace
}  // namespace presscheck
