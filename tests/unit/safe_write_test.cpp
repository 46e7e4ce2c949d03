// No facts command destroys what it reads or leaves files behind: an output that is the input
// is refused, an output is replaced only once complete, a build over a base leaves nothing
// beside it, and what a killed build left is removed by the next one, never a live writer's.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <set>
#include <thread>

#include "factbase_test_util.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;
using test::kMiniBase;
using test::read_file;
using test::run_presscheck;
using test::write_file;

/// The names in a folder, hidden ones included, sorted.
std::set<std::string> listing(const fs::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder))
    names.insert(entry.path().filename().string());
  return names;
}

/// A process id that no process holds: a child that has exited and been waited for.
pid_t dead_pid() {
  const pid_t child = ::fork();
  if (child == 0)
    ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

/// A folder holding a small base built from base.jsonl.
class SafeWrite : public testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "base.jsonl", kMiniBase);
    ASSERT_EQ(build().exit_code, 0);
  }
  test::RunResult build() { return run_presscheck("facts build base.jsonl -o base.db", path()); }
  const fs::path& path() const { return dir_.path(); }

  test::TempDir dir_;
};

TEST_F(SafeWrite, ExportOverItsOwnBaseIsRefusedWhateverItsSpelling) {
  const std::string bytes = read_file(dir_ / "base.db");
  fs::create_symlink("base.db", dir_ / "link.db");
  for (const std::string output : {"base.db", "./base.db", "link.db"}) {
    const auto result = run_presscheck("facts export --db base.db -o " + output, path());
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "presscheck: error: " + output +
                              ": this output is the fact base being read (base.db); nothing "
                              "was written\n");
    EXPECT_EQ(result.out, "");
  }
  EXPECT_EQ(read_file(dir_ / "base.db"), bytes);
  EXPECT_EQ(listing(path()), (std::set<std::string>{"base.db", "base.jsonl", "link.db"}));
}

TEST_F(SafeWrite, BuildOverOneOfItsFactFilesIsRefused) {
  const auto result = run_presscheck("facts build base.jsonl -o ./base.jsonl", path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "presscheck: error: ./base.jsonl: this output is a fact file being read "
            "(base.jsonl); nothing was written\n");
  EXPECT_EQ(read_file(dir_ / "base.jsonl"), kMiniBase);
}

TEST_F(SafeWrite, ExportReplacesAFileOnlyOnceTheWholeExportIsWritten) {
  write_file(dir_ / "out.jsonl", "old\n");
  fs::permissions(dir_ / "out.jsonl", fs::perms::owner_read | fs::perms::owner_write);
  // The base goes missing: the export fails after its temporary file was opened.
  const auto failed = run_presscheck("facts export --db missing.db -o out.jsonl", path());
  EXPECT_EQ(failed.exit_code, 2);
  EXPECT_EQ(failed.err, "presscheck: error: missing.db: no such fact base\n");
  EXPECT_EQ(read_file(dir_ / "out.jsonl"), "old\n");
  EXPECT_EQ(listing(path()), (std::set<std::string>{"base.db", "base.jsonl", "out.jsonl"}));

  const auto done = run_presscheck("facts export --db base.db -o out.jsonl", path());
  EXPECT_EQ(done.exit_code, 0) << done.err;
  EXPECT_EQ(done.out, "");
  const std::string exported = read_file(dir_ / "out.jsonl");
  EXPECT_EQ(exported, run_presscheck("facts export --db base.db", path()).out);
  EXPECT_EQ(exported.substr(0, exported.find('\n')),
            R"({"type":"source","id":"s1","url":"https://example.org/s1","title":"Source one"})");
  EXPECT_EQ(fs::status(dir_ / "out.jsonl").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(listing(path()), (std::set<std::string>{"base.db", "base.jsonl", "out.jsonl"}));
}

TEST_F(SafeWrite, ExportThroughASymbolicLinkReplacesTheFileItLeadsTo) {
  fs::create_directory(dir_ / "kept");
  write_file(dir_ / "kept" / "out.jsonl", "old\n");
  fs::create_symlink("kept/out.jsonl", dir_ / "link.jsonl");
  ASSERT_EQ(run_presscheck("facts export --db base.db -o link.jsonl", path()).exit_code, 0);
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.jsonl"));
  EXPECT_EQ(read_file(dir_ / "kept" / "out.jsonl"),
            run_presscheck("facts export --db base.db", path()).out);
  EXPECT_EQ(listing(dir_ / "kept"), std::set<std::string>{"out.jsonl"});
}

TEST_F(SafeWrite, BuildAndImportOverAnExistingBaseLeaveNoOtherFile) {
  write_file(dir_ / "base.jsonl",
             std::string(kMiniBase) +
                 R"({"type":"entity","id":"zoe","kind":"person","names":{"fr":["Zoé"]}})"
                 "\n");
  const auto rebuilt = build();
  EXPECT_EQ(rebuilt.exit_code, 0) << rebuilt.err;
  EXPECT_EQ(rebuilt.out, "base.db: 1 sources, 4 entities, 2 properties, 0 statements, 0 quotes\n");
  EXPECT_EQ(listing(path()), (std::set<std::string>{"base.db", "base.jsonl"}));
  write_file(dir_ / "more.jsonl",
             R"({"type":"entity","id":"yann","kind":"person","names":{"fr":["Yann"]}})"
             "\n");
  ASSERT_EQ(run_presscheck("facts import more.jsonl --db base.db", path()).exit_code, 0);
  EXPECT_EQ(listing(path()), (std::set<std::string>{"base.db", "base.jsonl", "more.jsonl"}));
  const std::string exported = run_presscheck("facts export --db base.db", path()).out;
  EXPECT_NE(exported.find(R"("id":"zoe")"), std::string::npos);
  EXPECT_NE(exported.find(R"("id":"yann")"), std::string::npos);
}

TEST_F(SafeWrite, TemporaryFilesOfDeadWritersAreRemovedThoseOfLiveOnesKept) {
  const std::string dead = std::to_string(dead_pid());
  const std::string live = std::to_string(::getpid());
  for (const std::string& name : {".base.db." + dead + ".tmp", ".base.db." + dead + ".tmp-wal",
                                  ".base.db." + dead + ".tmp-shm", ".base.db." + live + ".tmp",
                                  ".base.db." + dead + ".tmp.bak", ".other.db." + dead + ".tmp"}) {
    write_file(dir_ / name, "half a base");
  }
  ASSERT_EQ(build().exit_code, 0);
  const std::set<std::string> kept = {"base.db", "base.jsonl", ".base.db." + live + ".tmp",
                                      ".base.db." + dead + ".tmp.bak",
                                      ".other.db." + dead + ".tmp"};
  EXPECT_EQ(listing(path()), kept);
  EXPECT_EQ(read_file(dir_ / (".base.db." + live + ".tmp")), "half a base");

  // An import into the base cleans up after a killed build too.
  write_file(dir_ / (".base.db." + dead + ".tmp"), "half a base");
  write_file(dir_ / "empty.jsonl", "");
  ASSERT_EQ(run_presscheck("facts import empty.jsonl --db base.db", path()).exit_code, 0);
  std::set<std::string> after_import = kept;
  after_import.insert("empty.jsonl");
  EXPECT_EQ(listing(path()), after_import);
}

/// A folder on a 64 KiB file system, when this machine lets the test mount one (as root).
class SmallDisk {
 public:
  explicit SmallDisk(const fs::path& folder) : folder_(folder) {
    fs::create_directory(folder_);
    mounted_ =
        std::system(
            ("mount -t tmpfs -o size=64k tmpfs '" + folder_.string() + "' 2>/dev/null").c_str()) ==
        0;
  }
  ~SmallDisk() {
    if (mounted_)
      std::system(("umount '" + folder_.string() + "'").c_str());
  }
  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;
  bool mounted() const { return mounted_; }

 private:
  fs::path folder_;
  bool mounted_ = false;
};

TEST_F(SafeWrite, AFullDiskLeavesTheOldExportAndTheOldBase) {
  SmallDisk disk(dir_ / "small");
  if (!disk.mounted())
    GTEST_SKIP() << "no permission to mount a small tmpfs here";
  const std::string starter = "'" PRESSCHECK_SOURCE_DIR "/facts'";
  ASSERT_EQ(run_presscheck("facts build " + starter + " -o starter.db", path()).exit_code, 0);
  write_file(dir_ / "small" / "out.jsonl", "old\n");
  const auto exported = run_presscheck("facts export --db starter.db -o small/out.jsonl", path());
  EXPECT_EQ(exported.exit_code, 2);
  EXPECT_EQ(exported.err,
            "presscheck: error: small/out.jsonl: cannot write the file (No space left on "
            "device)\n");
  EXPECT_EQ(read_file(dir_ / "small" / "out.jsonl"), "old\n");
  const auto built = run_presscheck("facts build " + starter + " -o small/base.db", path());
  EXPECT_EQ(built.exit_code, 2);
  EXPECT_EQ(built.err,
            "presscheck: error: small/base.db: cannot write the fact base (No space left on "
            "device)\n");
  EXPECT_EQ(listing(dir_ / "small"), std::set<std::string>{"out.jsonl"});
}

// Enough statements for the build to write its temporary base for a good while.
void write_large_fact_file(const fs::path& file) {
  std::ofstream big(file);
  big << kMiniBase;
  for (int i = 0; i < 300000; ++i) {
    big << R"({"type":"statement","id":"gen-)" << i
        << R"(","subject":"alice","property":"position_held","value":{"entity":"mayor"},)"
        << R"("point_in_time":"2020","qualifiers":{"note":{"text":"a generated statement )"
        << R"(to make the build long enough to be killed"}},"sources":["s1"]})" << '\n';
  }
}

// Starts `facts build big.jsonl -o base.db` in `folder`; returns its process id.
pid_t start_build(const fs::path& folder) {
  const pid_t child = ::fork();
  if (child == 0) {
    ::chdir(folder.c_str());
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    ::execl(PRESSCHECK_BINARY, PRESSCHECK_BINARY, "facts", "build", "big.jsonl", "-o", "base.db",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return child;
}

// Waits until `file` holds more than `bytes`, for two minutes at most.
bool wait_for_size(const fs::path& file, std::uintmax_t bytes) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    std::error_code error;
    if (fs::file_size(file, error) > bytes && !error)
      return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

TEST_F(SafeWrite, AKilledBuildLeavesTheOldBaseAndTheNextBuildLeavesNothingBehind) {
  const std::string before = run_presscheck("facts export --db base.db", path()).out;
  write_large_fact_file(dir_ / "big.jsonl");
  const pid_t child = start_build(path());
  ASSERT_GT(child, 0);
  const fs::path temporary = dir_ / (".base.db." + std::to_string(child) + ".tmp");
  const bool writing = wait_for_size(temporary, 4 * 1024 * 1024);
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(writing) << "the build never started writing";
  ASSERT_TRUE(WIFSIGNALED(status)) << "the build finished before it could be killed";
  EXPECT_TRUE(fs::exists(temporary));
  {
    SQLite::Database db(dir_ / "base.db", SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
  }
  EXPECT_EQ(run_presscheck("facts export --db base.db", path()).out, before);

  fs::remove(dir_ / "big.jsonl");
  const auto next = build();
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(listing(path()), (std::set<std::string>{"base.db", "base.jsonl"}));
  EXPECT_EQ(run_presscheck("facts export --db base.db", path()).out, before);
}

}  // namespace
}  // namespace presscheck::facts
