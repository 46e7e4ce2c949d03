// The files beside a fact base: reading it leaves none behind, also in a folder no one may
// write; a write refused by a full disk or the file size limit names the file; the cache
// of compiled bases holds only its own files, named for what they depend on.

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <unistd.h>
#include <cstdlib>
#include <set>

#include "factbase/schema.hpp"
#include "factbase_test_util.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;
using test::kMiniBase;
using test::read_file;
using test::run_presscheck;
using test::write_file;

constexpr const char* kStatements =
    R"({"type":"statement","id":"m1","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":"2019","sources":["s1"]}
)";

std::set<std::string> listing(const fs::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder))
    names.insert(entry.path().filename().string());
  return names;
}

// Runs a shell command line in `folder`; stdout and stderr come back apart.
test::RunResult run_shell(const std::string& command, const fs::path& folder) {
  const fs::path out = folder.parent_path() / (folder.filename().string() + ".out");
  const fs::path err = folder.parent_path() / (folder.filename().string() + ".err");
  const std::string line = "cd '" + folder.string() + "' && { " + command + "; } > '" +
                           out.string() + "' 2> '" + err.string() + "'";
  const int status = std::system(line.c_str());
  test::RunResult result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out),
                         read_file(err)};
  fs::remove(out);
  fs::remove(err);
  return result;
}

constexpr const char* kBinary = "'" PRESSCHECK_BINARY "'";

TEST(FactsFiles, ReadingABaseLeavesNoFileBesideIt) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", std::string(kMiniBase) + kStatements);
  write_file(dir / "draft.md", "# Alice Martin, maire\n\nAlice Martin, maire, a parlé.\n");
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  const std::set<std::string> files{"base.db", "base.jsonl", "draft.md"};
  ASSERT_EQ(listing(dir.path()), files);
  const auto lookup =
      run_presscheck("lookup 'Alice Martin' --lang en --facts base.db --no-color", dir.path());
  EXPECT_EQ(lookup.exit_code, 0) << lookup.err;
  EXPECT_NE(lookup.out.find("Alice Martin"), std::string::npos);
  EXPECT_EQ(listing(dir.path()), files);
  const auto lint = run_presscheck("lint --no-color --facts base.db draft.md", dir.path());
  EXPECT_LE(lint.exit_code, 1) << lint.err;
  EXPECT_EQ(lint.err, "");
  EXPECT_EQ(listing(dir.path()), files);
  EXPECT_EQ(run_presscheck("facts stats --db base.db", dir.path()).exit_code, 0);
  EXPECT_EQ(run_presscheck("facts export --db base.db", dir.path()).exit_code, 0);
  EXPECT_EQ(listing(dir.path()), files);
}

// As root every folder is writable: the commands then run as "nobody", for whom the
// folder is what it is for a user without rights on it.
std::string unprivileged(const std::string& args) {
  const std::string prefix =
      ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  return prefix + kBinary + " " + args;
}

TEST(FactsFiles, ABaseInAFolderNoOneMayWriteIsReadAndLeftAsItWas) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", std::string(kMiniBase) + kStatements);
  write_file(dir / "draft.md", "Alice Martin, maire, a parlé.\n");
  fs::create_directory(dir / "shelf");
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o shelf/base.db", dir.path()).exit_code, 0);
  // The user nobody may not be able to read the checkout's rule packs (a clone in a folder
  // of mode 0700, as `mktemp -d` makes): lint reads a copy beside the draft instead.
  fs::copy(fs::path(PRESSCHECK_SOURCE_DIR) / "rules", dir / "rules", fs::copy_options::recursive);
  fs::permissions(dir.path(), fs::perms(0755));
  fs::permissions(dir / "draft.md", fs::perms(0644));
  fs::permissions(dir / "shelf" / "base.db", fs::perms(0444));
  fs::permissions(dir / "shelf", fs::perms(0555));
  ASSERT_EQ(run_shell(unprivileged("--version"), dir.path()).exit_code, 0)
      << "as root, this test runs presscheck as the user nobody: the build and source folders "
         "must be readable by all";
  const auto lookup = run_shell(
      unprivileged("lookup 'Alice Martin' --lang en --facts shelf/base.db --no-color"), dir.path());
  EXPECT_EQ(lookup.exit_code, 0) << lookup.err;
  EXPECT_EQ(lookup.err, "");
  EXPECT_NE(lookup.out.find("Alice Martin"), std::string::npos) << lookup.out;
  const auto stats = run_shell(unprivileged("facts stats --db shelf/base.db"), dir.path());
  EXPECT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_NE(stats.out.find("\nstatements: 1 (normal 1)\n"), std::string::npos) << stats.out;
  const auto lint = run_shell(
      unprivileged("lint --no-color --rules rules --facts shelf/base.db draft.md"), dir.path());
  EXPECT_LE(lint.exit_code, 1) << lint.err;
  EXPECT_EQ(lint.err, "");
  EXPECT_EQ(listing(dir / "shelf"), std::set<std::string>{"base.db"});
  fs::permissions(dir / "shelf", fs::perms(0755));
}

// `ulimit -f` stands for a full disk: past the limit a write fails with EFBIG (the signal
// that would kill the process is ignored, as a full disk sends none).
std::string limited(const std::string& args) {
  return std::string("trap '' XFSZ; ulimit -f 64; ") + kBinary + " " + args;
}

TEST(FactsFiles, ABuildPastTheFileSizeLimitNamesTheFileAndLeavesNothing) {
  test::TempDir dir;
  const auto built =
      run_shell(limited("facts build '" PRESSCHECK_SOURCE_DIR "/facts' -o base.db"), dir.path());
  EXPECT_EQ(built.exit_code, 2);
  EXPECT_EQ(built.err, "presscheck: error: base.db: cannot write the fact base (File too large)\n");
  EXPECT_TRUE(listing(dir.path()).empty());
}

TEST(FactsFiles, AnImportPastTheFileSizeLimitNamesTheBaseAndLeavesItAsItWas) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", kMiniBase);
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  const std::string before = run_presscheck("facts export --db base.db", dir.path()).out;
  std::string many;
  for (int i = 0; i < 2000; ++i) {
    many += R"({"type":"entity","id":"p)" + std::to_string(i) +
            R"(","kind":"person","names":{"fr":["Personne numéro )" + std::to_string(i) +
            R"("]}})" + "\n";
  }
  write_file(dir / "many.jsonl", many);
  const auto imported = run_shell(limited("facts import many.jsonl --db base.db"), dir.path());
  EXPECT_EQ(imported.exit_code, 2);
  EXPECT_EQ(imported.err,
            "presscheck: error: base.db: cannot write the fact base (File too large)\n");
  EXPECT_EQ(run_presscheck("facts export --db base.db", dir.path()).out, before);
  EXPECT_EQ(listing(dir.path()), (std::set<std::string>{"base.db", "base.jsonl", "many.jsonl"}));
}

// A compiled base is named for the schema, the name folding and the Unicode tables that made
// it, so that another presscheck never reads keys it would not compute; nothing else stays.
TEST(FactsFiles, TheCacheHoldsOnlyBasesNamedForWhatTheyDependOn) {
  test::TempDir dir;
  fs::create_directory(dir / "facts");
  write_file(dir / "facts" / "base.jsonl", std::string(kMiniBase) + kStatements);
  fs::last_write_time(dir / "facts" / "base.jsonl",
                      fs::file_time_type::clock::now() - std::chrono::hours(1));
  write_file(dir / "draft.md", "Alice Martin, maire, a parlé.\n");
  const std::string lint = "XDG_CACHE_HOME='" + (dir / "cache").string() + "' " + kBinary +
                           " lint --no-color --facts facts draft.md";
  for (int run = 0; run < 2; ++run) {
    const auto result = run_shell(lint, dir.path());
    EXPECT_LE(result.exit_code, 1) << result.err;
    EXPECT_EQ(result.err, "");
    const std::set<std::string> cached = listing(dir / "cache" / "presscheck");
    ASSERT_EQ(cached.size(), 2u);
    const std::string version = std::to_string(facts::kSchemaVersion);
    EXPECT_TRUE(RE2::FullMatch(
        *cached.begin(), "facts-v" + version + R"(-f1-u[0-9]+\.[0-9]+\.[0-9]+-[0-9a-f]{16}\.db)"))
        << *cached.begin();
    EXPECT_TRUE(RE2::FullMatch(*cached.rbegin(),
                               "stat-v" + version + R"(-f1-u[0-9]+\.[0-9]+\.[0-9]+-[0-9a-f]{16})"))
        << *cached.rbegin();
  }
}

}  // namespace
}  // namespace presscheck::facts
