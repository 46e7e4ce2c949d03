// Where the program finds its rule packs and starter facts: beside itself when installed,
// then $PRESSCHECK_HOME, then the build tree's link; and what it says when none holds them.
#include <gtest/gtest.h>

#include "core/data_dir.hpp"
#include "core/error.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::TempTree;

// A folder with the two subfolders that make it a data folder.
void make_data(const fs::path& folder) {
  fs::create_directories(folder / "rules");
  fs::create_directories(folder / "facts");
}

std::string error_of(const DataDirSearch& search) {
  try {
    find_data_dir(search);
  } catch (const UserError& error) {
    return error.what();
  }
  return "no error";
}

TEST(DataDir, AnInstalledProgramUsesShareBesideItsBin) {
  TempTree tree;
  make_data(tree.path() / "usr/share/presscheck");
  EXPECT_EQ(find_data_dir({tree.path() / "usr/bin/presscheck", ""}),
            fs::canonical(tree.path() / "usr/share/presscheck"));
}

TEST(DataDir, TheInstalledDataComesBeforePresscheckHome) {
  TempTree tree;
  make_data(tree.path() / "opt/share/presscheck");
  make_data(tree.path() / "home");
  EXPECT_EQ(find_data_dir({tree.path() / "opt/bin/presscheck", (tree.path() / "home").string()}),
            fs::canonical(tree.path() / "opt/share/presscheck"));
}

TEST(DataDir, ALoneProgramUsesPresscheckHome) {
  TempTree tree;
  make_data(tree.path() / "data");
  EXPECT_EQ(find_data_dir({tree.path() / "tools/presscheck", (tree.path() / "data").string()}),
            fs::canonical(tree.path() / "data"));
}

TEST(DataDir, PresscheckHomeWithoutDataIsAnErrorNotASilentFallback) {
  TempTree tree;
  fs::create_directories(tree.path() / "empty/rules");  // rules alone are not enough
  make_data(tree.path() / "build/presscheck-data");
  const fs::path home = tree.path() / "empty";
  EXPECT_EQ(error_of({tree.path() / "build/presscheck", home.string()}),
            "PRESSCHECK_HOME=" + home.string() + ": this folder holds no rules/ and facts/");
}

TEST(DataDir, TheBuildTreeLinkIsFoundBesideTheProgramOrTwoFoldersAbove) {
  TempTree tree;
  fs::create_directories(tree.path() / "checkout");
  make_data(tree.path() / "checkout");
  fs::create_directories(tree.path() / "build/tests/bench/deeper");
  fs::create_directory_symlink(tree.path() / "checkout", tree.path() / "build/presscheck-data");
  const fs::path checkout = fs::canonical(tree.path() / "checkout");
  EXPECT_EQ(find_data_dir({tree.path() / "build/presscheck", ""}), checkout);
  EXPECT_EQ(find_data_dir({tree.path() / "build/tests/unit_tests", ""}), checkout);
  EXPECT_EQ(find_data_dir({tree.path() / "build/tests/bench/lint_bench", ""}), checkout);
  EXPECT_NE(error_of({tree.path() / "build/tests/bench/deeper/program", ""}), "no error");
}

TEST(DataDir, NothingFoundNamesEveryPlaceLookedAt) {
  TempTree tree;
  const fs::path root = fs::canonical(tree.path());
  EXPECT_EQ(error_of({root / "a/b/bin/presscheck", ""}),
            "no rule packs and starter facts found (a folder holding rules/ and facts/); looked "
            "in:\n  " +
                (root / "a/b/share/presscheck").string() +
                " (the installed data beside the program)\n  $PRESSCHECK_HOME (not set)\n  " +
                (root / "a/b/bin/presscheck-data").string() + " (the build tree)\n  " +
                (root / "a/b/presscheck-data").string() + " (the build tree)\n  " +
                (root / "a/presscheck-data").string() +
                " (the build tree)\n"
                "set PRESSCHECK_HOME to the folder that holds them, or install presscheck with "
                "`cmake --install`");
}

TEST(DataDir, WithoutTheProgramsPathOnlyPresscheckHomeIsLookedAt) {
  TempTree tree;
  make_data(tree.path() / "data");
  EXPECT_EQ(find_data_dir({"", (tree.path() / "data").string()}),
            fs::canonical(tree.path() / "data"));
  const auto candidates = data_dir_candidates({"", ""});
  EXPECT_TRUE(candidates.empty());
}

TEST(DataDir, TheTestProgramFindsTheCheckoutThroughTheBuildTree) {
  // unit_tests lives in the build tree's tests/ folder, one below the link.
  EXPECT_EQ(data_dir(), fs::canonical(PRESSCHECK_SOURCE_DIR));
}

}  // namespace
}  // namespace presscheck
