// --changed-since REV in a scratch git repository: only drafts added or modified since
// the revision (committed or not) and untracked ones are linted.
#include <gtest/gtest.h>

#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::run_in;
using testing_support::shell_in;
using testing_support::TempTree;

constexpr const char* kGit =
    "git -c user.name=t -c user.email=t@example.org -c init.defaultBranch=main "
    "-c commit.gpgsign=false";

std::string finding(const std::string& path) {
  return "::warning file=" + path +
         ",line=1,col=1,endLine=1,endColumn=1,title=input.no-headline::the file is empty\n";
}

class ChangedSince : public testing::Test {
 protected:
  void SetUp() override {
    tree_.write(".gitignore", "ignored/\n");
    tree_.write("old.md", "");
    tree_.write("edited.md", "");
    tree_.write("gone.md", "");
    tree_.write("drafts/kept.md", "");
    ASSERT_EQ(shell_in(tree_.path(), std::string(kGit) + " init -q && " + kGit + " add -A && " +
                                         kGit + " commit -q -m base"),
              0);
    tree_.write("edited.md", "\n");
    tree_.write("drafts/new-committed.md", "");
    ASSERT_EQ(shell_in(tree_.path(), std::string(kGit) + " add -A && " + kGit +
                                         " commit -q -m second && rm gone.md"),
              0);
    tree_.write("drafts/untracked.md", "");
    tree_.write("ignored/skip.md", "");
  }
  TempTree tree_;
};

TEST_F(ChangedSince, LintsOnlyWhatChangedSinceTheRevision) {
  const auto result = run_in(tree_.path(), "lint --format github --changed-since HEAD~1 .");
  EXPECT_EQ(result.out, finding("./drafts/new-committed.md") + finding("./drafts/untracked.md") +
                            finding("./edited.md"));
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.exit_code, 0);
}

TEST_F(ChangedSince, WorksWithNamedFilesAndFromASubfolder) {
  EXPECT_EQ(
      run_in(tree_.path(), "lint --format github --changed-since HEAD~1 old.md edited.md").out,
      finding("edited.md"));
  EXPECT_EQ(run_in(tree_.path() / "drafts", "lint --format github --changed-since HEAD~1 .").out,
            finding("./new-committed.md") + finding("./untracked.md"));
  EXPECT_EQ(run_in(tree_.path(), "lint --format github --changed-since HEAD .").out,
            finding("./drafts/untracked.md"));
}

TEST_F(ChangedSince, AnUnknownRevisionIsAUsageError) {
  const auto result = run_in(tree_.path(), "lint --changed-since no-such-rev .");
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err.rfind("presscheck: error: --changed-since no-such-rev: git failed: ", 0), 0u)
      << result.err;
  EXPECT_EQ(result.exit_code, 2);
}

TEST(ChangedSinceOutsideGit, IsAUsageError) {
  TempTree tree;
  tree.write("a.md", "");
  const auto result =
      run_in(tree.path(), "lint --changed-since HEAD a.md", "GIT_CEILING_DIRECTORIES=/tmp");
  EXPECT_EQ(result.err,
            "presscheck: error: --changed-since HEAD: git failed: fatal: not a git repository "
            "(or any of the parent directories): .git\n");
  EXPECT_EQ(result.exit_code, 2);
}

TEST(ChangedSinceOptions, ARevisionCannotBeAnOption) {
  TempTree tree;
  tree.write("a.md", "");
  const auto result = run_in(tree.path(), "lint --changed-since=--output=x a.md");
  EXPECT_EQ(result.err, "presscheck: error: --changed-since: `--output=x` is not a revision\n");
  EXPECT_EQ(result.exit_code, 2);
}

}  // namespace
}  // namespace presscheck
