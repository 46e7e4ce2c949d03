// `presscheck lint --files-from`: the paths of a list (a file or standard input, one a line
// or NUL-separated) are checked as if named on the command line, and a list that cannot be
// read is a usage error. French and English drafts.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::CommandResult;
using testing_support::read_file;
using testing_support::run_in;
using testing_support::shell_in;
using testing_support::TempTree;

const std::string kFrenchDraft =
    "---\ntitle: \"L'UE ne « prend pas très au sérieux » les vidéos\"\nlang: fr\n---\n\n"
    "La Commission prend « très au sérieux » ces vidéos.\n";
const std::string kEnglishDraft =
    "---\ntitle: 'EU is \"not taking very seriously\" the videos'\nlang: en\n---\n\n"
    "The Commission said it was taking the videos \"very seriously\".\n";

const std::string kFrenchFinding =
    R"({"path":"fr/titre.md","rule":"headline.negated-quote","severity":"error","line":2,)"
    R"("column":14,"end_line":2,"end_column":46,"message":"le titre met à la forme négative )"
    R"(la citation « prend pas très au sérieux », que le corps rapporte à la forme )"
    R"(affirmative","evidence":[{"path":"fr/titre.md","line":6,"column":23,"end_line":6,)"
    R"("end_column":38,"text":"très au sérieux","message":"le corps cite « très au )"
    R"(sérieux »"}]})"
    "\n";
const std::string kEnglishFinding =
    R"({"path":"en/headline.md","rule":"headline.negated-quote","severity":"error","line":2,)"
    R"("column":15,"end_line":2,"end_column":42,"message":"the headline negates the quote )"
    R"(\"not taking very seriously\", which the body reports without a negation",)"
    R"("evidence":[{"path":"en/headline.md","line":6,"column":47,"end_line":6,"end_column":61,)"
    R"("text":"very seriously","message":"the body quotes \"very seriously\""}]})"
    "\n";

/// The two drafts, in fr/ and en/ of a scratch folder.
struct Drafts {
  TempTree tree;
  Drafts() {
    tree.write("fr/titre.md", kFrenchDraft);
    tree.write("en/headline.md", kEnglishDraft);
  }
};

/// Runs `presscheck ARGS` in the folder with the file `input` (in the folder) as its
/// standard input.
CommandResult run_with_input(const TempTree& tree, const std::string& args,
                             const std::string& input) {
  const int code = shell_in(tree.path(), "CI=true '" PRESSCHECK_BINARY "' " + args + " <'" + input +
                                             "' >stdout.txt 2>stderr.txt");
  return {read_file((tree.path() / "stdout.txt").string()),
          read_file((tree.path() / "stderr.txt").string()), code};
}

TEST(LintFilesFrom, ListedPathsAreCheckedInTheListsOrder) {
  Drafts drafts;
  drafts.tree.write("list.txt", "en/headline.md\n\nfr/titre.md\n");
  const CommandResult run = run_in(drafts.tree.path(),
                                   "lint --no-facts --format jsonl "
                                   "--files-from list.txt");
  EXPECT_EQ(run.out, kEnglishFinding + kFrenchFinding);
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.exit_code, 1);
}

TEST(LintFilesFrom, CommandLinePathsComeFirstAndWindowsLineEndsAreRead) {
  Drafts drafts;
  drafts.tree.write("list.txt", "en/headline.md\r\n");
  const CommandResult run = run_in(drafts.tree.path(),
                                   "lint --no-facts --format jsonl -j 2 "
                                   "fr/titre.md --files-from list.txt");
  EXPECT_EQ(run.out, kFrenchFinding + kEnglishFinding);
  EXPECT_EQ(run.exit_code, 1);
}

TEST(LintFilesFrom, AListedFolderIsWalkedAsOnTheCommandLine) {
  Drafts drafts;
  drafts.tree.write("list.txt", "fr\nen\n");
  const CommandResult listed =
      run_in(drafts.tree.path(), "lint --no-facts --format json --files-from list.txt");
  const CommandResult named = run_in(drafts.tree.path(), "lint --no-facts --format json fr en");
  EXPECT_EQ(listed.out, named.out);
  EXPECT_NE(listed.out.find("\"files\""), std::string::npos) << listed.out;
  EXPECT_EQ(listed.exit_code, 1);
}

TEST(LintFilesFrom, TheListComesFromStandardInput) {
  Drafts drafts;
  drafts.tree.write("list.txt", "fr/titre.md\nen/headline.md\n");
  const CommandResult run =
      run_with_input(drafts.tree, "lint --no-facts --format jsonl --files-from -", "list.txt");
  EXPECT_EQ(run.out, kFrenchFinding + kEnglishFinding);
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.exit_code, 1);
}

TEST(LintFilesFrom, ANulSeparatedListPassesALineBreakInAName) {
  Drafts drafts;
  drafts.tree.write("fr/deux\nlignes.md", kFrenchDraft);
  drafts.tree.write("list.bin", std::string("fr/deux\nlignes.md\0en/headline.md\0", 32));
  const CommandResult run =
      run_with_input(drafts.tree, "lint --no-facts --format jsonl -0 --files-from -", "list.bin");
  EXPECT_EQ(run.out.find(R"({"path":"fr/deux\nlignes.md","rule":"headline.negated-quote")"), 0u)
      << run.out;
  EXPECT_NE(run.out.find(kEnglishFinding), std::string::npos) << run.out;
  EXPECT_EQ(run.exit_code, 1);
}

TEST(LintFilesFrom, AMissingListIsAUsageError) {
  Drafts drafts;
  const CommandResult run =
      run_in(drafts.tree.path(), "lint --no-facts --files-from absent.txt fr/titre.md");
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "presscheck: error: --files-from absent.txt: cannot read the list (No such file or "
            "directory)\n");
  EXPECT_EQ(run.exit_code, 2);
}

TEST(LintFilesFrom, AFolderGivenAsTheListIsAUsageError) {
  Drafts drafts;
  const CommandResult run = run_in(drafts.tree.path(), "lint --no-facts --files-from fr");
  EXPECT_EQ(run.err,
            "presscheck: error: --files-from fr: is a folder; give the folder itself as a path, "
            "or a file listing paths\n");
  EXPECT_EQ(run.exit_code, 2);
}

TEST(LintFilesFrom, AMissingListedPathIsReportedAsOnTheCommandLine) {
  Drafts drafts;
  drafts.tree.write("list.txt", "fr/titre.md\nfr/disparu.md\n");
  const CommandResult listed =
      run_in(drafts.tree.path(), "lint --no-facts --format jsonl --files-from list.txt");
  EXPECT_EQ(listed.out, kFrenchFinding);
  EXPECT_EQ(listed.err, "presscheck: error: fr/disparu.md: no such file or folder\n");
  EXPECT_EQ(listed.exit_code, 2);
  const CommandResult named =
      run_in(drafts.tree.path(), "lint --no-facts --format jsonl fr/titre.md fr/disparu.md");
  EXPECT_EQ(named.out, listed.out);
  EXPECT_EQ(named.err, listed.err);
}

TEST(LintFilesFrom, ListingStandardInputIsRefusedWithItsLine) {
  Drafts drafts;
  drafts.tree.write("list.txt", "en/headline.md\n-\n");
  const CommandResult run = run_in(drafts.tree.path(), "lint --no-facts --files-from list.txt");
  EXPECT_EQ(run.err,
            "presscheck: error: list.txt:2: `-` names no file in a list (standard input is "
            "given on the command line); write ./- for a file called -\n");
  EXPECT_EQ(run.exit_code, 2);
}

TEST(LintFilesFrom, StandardInputIsTheListOrADraftNotBoth) {
  Drafts drafts;
  drafts.tree.write("list.txt", "en/headline.md\n");
  const CommandResult run =
      run_with_input(drafts.tree, "lint --no-facts --files-from - -", "list.txt");
  EXPECT_EQ(run.err,
            "presscheck: error: --files-from -: standard input holds the list, so it cannot "
            "also be a draft (-)\n");
  EXPECT_EQ(run.exit_code, 2);
}

TEST(LintFilesFrom, ANulInALineListAsksForNull) {
  Drafts drafts;
  drafts.tree.write("list.bin", std::string("fr/titre.md\0en/headline.md\0", 27));
  const CommandResult run = run_in(drafts.tree.path(), "lint --no-facts --files-from list.bin");
  EXPECT_EQ(run.err,
            "presscheck: error: list.bin:1: holds a NUL byte; a NUL-separated list (find "
            "-print0) is read with --null\n");
  EXPECT_EQ(run.exit_code, 2);
}

TEST(LintFilesFrom, AnEndlessLineIsNoPath) {
  Drafts drafts;
  drafts.tree.write("list.txt", "fr/titre.md\n" + std::string(100000, 'a') + "\n");
  const CommandResult run = run_in(drafts.tree.path(), "lint --no-facts --files-from list.txt");
  EXPECT_EQ(run.err,
            "presscheck: error: list.txt:2: longer than any path can be (4095 bytes at most)\n");
  EXPECT_EQ(run.exit_code, 2);
}

TEST(LintFilesFrom, AnEmptyListChecksNothing) {
  Drafts drafts;
  drafts.tree.write("list.txt", "\n\n");
  const CommandResult run =
      run_in(drafts.tree.path(), "lint --no-facts --format jsonl --files-from list.txt");
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.exit_code, 0);
}

TEST(LintFilesFrom, NullWithoutAListIsAUsageError) {
  Drafts drafts;
  const CommandResult run = run_in(drafts.tree.path(), "lint --no-facts -0 fr/titre.md");
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "--null requires --files-from\nRun with --help for more information.\n");
  EXPECT_EQ(run.exit_code, 2);
}

TEST(LintFilesFrom, NoPathsAndNoListIsAUsageError) {
  Drafts drafts;
  const CommandResult run = run_in(drafts.tree.path(), "lint --no-facts");
  EXPECT_EQ(run.err,
            "presscheck: error: lint: name the drafts or folders to check, or a list of them "
            "with --files-from\n");
  EXPECT_EQ(run.exit_code, 2);
}

}  // namespace
}  // namespace presscheck
