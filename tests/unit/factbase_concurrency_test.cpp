// Imports, lints and lookups running together on one base: none fails, none reports a
// locked database, and the base ends with every imported record. The run lasts
// PRESSCHECK_CONCURRENCY_SECONDS (10 by default, to keep CI short).

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

#include "factbase/fact_base.hpp"
#include "factbase_test_util.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;
using test::kMiniBase;
using test::read_file;
using test::write_file;

constexpr const char* kWaiting =
    "presscheck: base.db: another process is writing to this fact base; waiting up to 30 s for "
    "it to finish\n";

int run_seconds() {
  const char* text = std::getenv("PRESSCHECK_CONCURRENCY_SECONDS");
  const int seconds = text != nullptr ? std::atoi(text) : 0;
  return seconds > 0 ? seconds : 10;
}

// What the runs got wrong, gathered from every thread.
class Failures {
 public:
  void add(std::string what) {
    std::lock_guard lock(mutex_);
    list_.push_back(std::move(what));
  }
  std::vector<std::string> list() const {
    std::lock_guard lock(mutex_);
    return list_;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> list_;
};

// Runs presscheck with `args` in `folder`; the output files are named per call, as the
// threads run at once.
test::RunResult run(const std::string& args, const fs::path& folder) {
  static std::atomic<int> runs = 0;
  const fs::path stem = folder.parent_path() /
                        fmt::format("{}-run-{}", folder.filename().string(), runs.fetch_add(1));
  const std::string out = stem.string() + ".out";
  const std::string err = stem.string() + ".err";
  const std::string command = fmt::format("cd '{}' && '{}' {} > '{}' 2> '{}'", folder.string(),
                                          PRESSCHECK_BINARY, args, out, err);
  const int status = std::system(command.c_str());
  test::RunResult result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out),
                         read_file(err)};
  fs::remove(out);
  fs::remove(err);
  return result;
}

void check(Failures& failures, const std::string& args, const test::RunResult& result,
           int highest_exit) {
  const bool waited_only = result.err.empty() || result.err == kWaiting;
  if (result.exit_code < 0 || result.exit_code > highest_exit || !waited_only) {
    failures.add(fmt::format("`{}` exited {}: {}", args, result.exit_code, result.err));
  }
}

// Importer `k` adds one person and one statement per round, and every third round renames
// bob, which replaces a record the search index holds.
int import_until(const fs::path& dir, int k, std::chrono::steady_clock::time_point end,
                 Failures& failures) {
  int rounds = 0;
  for (; std::chrono::steady_clock::now() < end; ++rounds) {
    const std::string file = fmt::format("import-{}-{}.jsonl", k, rounds);
    std::string records = fmt::format(
        R"({{"type":"entity","id":"p-{0}-{1}","kind":"person","names":{{"fr":["Personne {0} {1}"]}}}}
{{"type":"statement","id":"s-{0}-{1}","subject":"p-{0}-{1}","property":"position_held","value":{{"entity":"mayor"}},"valid_from":"2020","sources":["s1"]}}
)",
        k, rounds);
    if (rounds % 3 == 0) {
      records += fmt::format(
          R"({{"type":"entity","id":"bob","kind":"person","names":{{"fr":["Bob Durand"]}},"aliases":{{"fr":["Robert {}-{}"]}}}})"
          "\n",
          k, rounds);
    }
    write_file(dir / file, records);
    const std::string args = "facts import " + file + " --db base.db";
    const auto result = run(args, dir);
    check(failures, args, result, 0);
    if (result.out != "base.db: import done\n")
      failures.add(fmt::format("`{}` printed {}", args, result.out));
    fs::remove(dir / file);
  }
  return rounds;
}

int repeat_until(const fs::path& dir, const std::string& args, int highest_exit,
                 std::chrono::steady_clock::time_point end, Failures& failures) {
  int rounds = 0;
  for (; std::chrono::steady_clock::now() < end; ++rounds)
    check(failures, args, run(args, dir), highest_exit);
  return rounds;
}

TEST(FactsConcurrency, ImportsLintsAndLookupsTogetherNeverFailNorLoseARecord) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", kMiniBase);
  write_file(dir / "draft.md", "# Alice Martin, maire\n\nAlice Martin, maire, a parlé.\n");
  ASSERT_EQ(test::run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  const int seconds = run_seconds();
  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  Failures failures;
  constexpr int kImporters = 2;
  std::vector<int> imports(kImporters);
  int lints = 0;
  int lookups = 0;
  std::vector<std::thread> threads;
  for (int k = 0; k < kImporters; ++k)
    threads.emplace_back([&, k] { imports[k] = import_until(dir.path(), k, end, failures); });
  threads.emplace_back([&] {
    lints = repeat_until(dir.path(), "lint --no-color --facts base.db draft.md", 1, end, failures);
  });
  threads.emplace_back([&] {
    lookups = repeat_until(dir.path(), "lookup 'Alice Martin' --lang fr --facts base.db", 0, end,
                           failures);
  });
  for (std::thread& thread : threads)
    thread.join();
  std::printf("%d s: %d and %d imports, %d lints, %d lookups\n", seconds, imports[0], imports[1],
              lints, lookups);
  EXPECT_EQ(failures.list(), std::vector<std::string>{});
  EXPECT_GT(lints, 0);
  EXPECT_GT(lookups, 0);

  SQLite::Database db(dir / "base.db", SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM statement").getInt(), imports[0] + imports[1]);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM entity").getInt(), 3 + imports[0] + imports[1]);
  const FactBase base(dir / "base.db");
  for (int k = 0; k < kImporters; ++k) {
    ASSERT_GT(imports[k], 0);
    const std::string last = fmt::format("Personne {} {}", k, imports[k] - 1);
    ASSERT_EQ(base.resolve(last).size(), 1u) << last;
    EXPECT_EQ(base.search(last).at(0).ref, fmt::format("p-{}-{}", k, imports[k] - 1));
  }
  // Bob has the alias of the last rename only, in the table and in the search index.
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM entity_name WHERE entity = 'bob'").getInt(), 2);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM search WHERE ref = 'bob'").getInt(), 2);
}

}  // namespace
}  // namespace presscheck::facts
