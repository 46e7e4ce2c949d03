#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <thread>

#include "core/error.hpp"
#include "factbase/fact_base.hpp"
#include "factbase/open_facts.hpp"
#include "factbase_test_util.hpp"
#include "scoped_cache_home.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;
using test::kMiniBase;
using test::read_file;
using test::run_presscheck;
using test::write_file;

int count_statements(const fs::path& db) {
  SQLite::Database connection(db, SQLite::OPEN_READONLY);
  return connection.execAndGet("SELECT count(*) FROM statement").getInt();
}

TEST(FactsStore, BuildExportBuildExportIsByteIdentical) {
  test::TempDir dir;
  const std::string source_dir = PRESSCHECK_SOURCE_DIR;
  ASSERT_EQ(
      run_presscheck("facts build '" + source_dir + "/facts' -o one.db", dir.path()).exit_code, 0);
  ASSERT_EQ(run_presscheck("facts export --db one.db -o one.jsonl", dir.path()).exit_code, 0);
  ASSERT_EQ(run_presscheck("facts build one.jsonl -o two.db", dir.path()).exit_code, 0);
  const auto second = run_presscheck("facts export --db two.db", dir.path());
  ASSERT_EQ(second.exit_code, 0);
  EXPECT_EQ(second.out, read_file(dir / "one.jsonl"));
  EXPECT_NE(second.out.find("{\"type\":\"statement\",\"id\":\"x-dsa-fine-2025-12\""),
            std::string::npos);
}

TEST(FactsStore, ExportWritesOneCanonicalForm) {
  test::TempDir dir;
  // Keys in any order, spaces, bare date strings and a \u escape all export the same way.
  write_file(dir / "messy.jsonl", std::string(kMiniBase) + R"(
{ "sources": ["s1"], "value": {"currency": "EUR", "amount": 1.5e3}, "property": "budget", "subject": "alice", "id": "b", "type": "statement", "valid_from": "2020" }
{"type":"quote","id":"q","speaker":"alice","lang":"fr","text":"d\u00e9j\u00e0","sources":["s1"]}
)");
  ASSERT_EQ(run_presscheck("facts build messy.jsonl -o messy.db", dir.path()).exit_code, 0);
  const auto exported = run_presscheck("facts export --db messy.db", dir.path());
  EXPECT_EQ(exported.out,
            R"({"type":"source","id":"s1","url":"https://example.org/s1","title":"Source one"}
{"type":"entity","id":"alice","kind":"person","names":{"fr":["Alice Martin"],"en":["Alice Martin"]}}
{"type":"entity","id":"bob","kind":"person","names":{"fr":["Bob Durand"]}}
{"type":"entity","id":"mayor","kind":"office","names":{"fr":["maire"],"en":["mayor"]}}
{"type":"property","id":"budget","value_type":"money","labels":{"fr":["budget"],"en":["budget"]},"single_valued":true}
{"type":"property","id":"position_held","value_type":"entity","labels":{"fr":["fonction"],"en":["position"]}}
{"type":"statement","id":"b","subject":"alice","property":"budget","value":{"amount":1500,"currency":"EUR"},"valid_from":{"date":"2020","precision":"year"},"rank":"normal","sources":["s1"]}
{"type":"quote","id":"q","speaker":"alice","lang":"fr","text":"déjà","polarity":"affirmative","sources":["s1"]}
)");
  const auto stats = run_presscheck("facts stats --db messy.db", dir.path());
  EXPECT_EQ(stats.out,
            "schema version: 3\nsources: 1\nentities: 3 (office 1, person 2)\n"
            "names: 5 (en 2, fr 3)\naliases: 0\nproperties: 2\n"
            "statements: 1 (normal 1)\nstatements by property: budget 1\n"
            "statements by source publisher: s1 1\nquotes: 1\nclaim reviews: 0\n");
}

// What a base rests on: statements per property, and per publisher of their sources, a
// statement counted once for a publisher however many of its sources it cites.
TEST(FactsStore, StatsCountStatementsPerPropertyAndPublisher) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", std::string(kMiniBase) + R"(
{"type":"source","id":"m1","url":"https://example.org/m1","title":"Decree","publisher":"Ministry"}
{"type":"source","id":"m2","url":"https://example.org/m2","title":"Notice","publisher":"Ministry"}
{"type":"statement","id":"a","subject":"alice","property":"position_held","value":{"entity":"mayor"},"sources":["m1","m2"]}
{"type":"statement","id":"b","subject":"bob","property":"position_held","value":{"entity":"mayor"},"sources":["m1"]}
{"type":"statement","id":"c","subject":"alice","property":"budget","value":{"amount":10,"currency":"EUR"},"sources":["s1","m2"]}
)");
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  const auto stats = run_presscheck("facts stats --db base.db", dir.path());
  EXPECT_EQ(stats.exit_code, 0);
  EXPECT_NE(stats.out.find("\nstatements by property: position_held 2, budget 1\n"
                           "statements by source publisher: Ministry 3, s1 1\n"),
            std::string::npos)
      << stats.out;
}

TEST(FactsStore, ImportAddsAndUpdatesRecords) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", kMiniBase);
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  write_file(
      dir / "more.jsonl",
      R"({"type":"entity","id":"bob","kind":"person","names":{"fr":["Robert Durand"]},"aliases":{"fr":["Bob Durand"]}}
{"type":"statement","id":"bob-mayor","subject":"bob","property":"position_held","value":{"entity":"mayor"},"valid_from":"2024","sources":["s1"]}
)");
  const auto imported = run_presscheck("facts import more.jsonl --db base.db", dir.path());
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(imported.out, "base.db: import done\n");
  FactBase base(dir / "base.db");
  EXPECT_EQ(base.resolve("Robert Durand").at(0).entity, "bob");
  EXPECT_TRUE(base.resolve("Bob Durand").at(0).alias);
  EXPECT_EQ(base.statements_with_value("mayor", *Date::parse_iso("2025")).size(), 1u);
  EXPECT_EQ(base.search("robert").at(0).ref, "bob");
}

TEST(FactsStore, ImportIsAllOrNothing) {
  test::TempDir dir;
  write_file(
      dir / "base.jsonl",
      std::string(kMiniBase) +
          R"({"type":"statement","id":"b1","subject":"alice","property":"budget","value":{"amount":1,"currency":"EUR"},"valid_from":"2020","sources":["s1"]}
)");
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  const std::string before = run_presscheck("facts export --db base.db", dir.path()).out;
  // A good record, a record pointing at an entity only the database has (fine), and two
  // bad ones: a dangling reference and an overlap with a statement already in the database.
  write_file(dir / "mixed.jsonl",
             R"({"type":"entity","id":"carol","kind":"person","names":{"fr":["Carol"]}}
{"type":"statement","id":"c1","subject":"bob","property":"position_held","value":{"entity":"mayor"},"sources":["s1"]}
{"type":"statement","id":"c2","subject":"dave","property":"position_held","value":{"entity":"mayor"},"sources":["s1"]}
{"type":"statement","id":"b2","subject":"alice","property":"budget","value":{"amount":2,"currency":"EUR"},"valid_from":"2021","sources":["s1"]}
)");
  const auto result = run_presscheck("facts import mixed.jsonl --db base.db", dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "mixed.jsonl:3: unknown entity \"dave\" in \"subject\"\n"
            "mixed.jsonl:4: statement \"b2\" overlaps \"b1\" (base.db) for subject \"alice\", but "
            "property \"budget\" is single-valued (end the older period or deprecate the older "
            "statement)\n"
            "presscheck: error: 2 problems in the fact files; nothing was written\n");
  EXPECT_EQ(run_presscheck("facts export --db base.db", dir.path()).out, before);
}

TEST(FactsStore, BuildRefusesToOverwriteAFileThatIsNotAFactBase) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", kMiniBase);
  write_file(dir / "notes.txt", "my notes\n");
  const auto result = run_presscheck("facts build base.jsonl -o notes.txt", dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "presscheck: error: notes.txt: not a presscheck fact base\n");
  EXPECT_EQ(read_file(dir / "notes.txt"), "my notes\n");
  // Rebuilding over an existing fact base replaces its content.
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  write_file(dir / "base.jsonl",
             std::string(kMiniBase) +
                 R"({"type":"entity","id":"zoe","kind":"person","names":{"fr":["Zoé"]}}
)");
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  EXPECT_EQ(FactBase(dir / "base.db").resolve("zoe").size(), 1u);
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    EXPECT_NE(entry.path().extension(), ".tmp") << "temporary file left behind";
  }
}

TEST(FactsStore, OpensReadOnly) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", kMiniBase);
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  fs::permissions(dir / "base.db", fs::perms::owner_read | fs::perms::group_read);
  const std::string bytes = read_file(dir / "base.db");
  {
    FactBase base(dir / "base.db");
    EXPECT_EQ(base.resolve("maire").at(0).entity, "mayor");
  }
  EXPECT_EQ(read_file(dir / "base.db"), bytes);
  write_file(dir / "text.db", "not sqlite");
  EXPECT_THROW(
      {
        try {
          FactBase base(dir / "text.db");
        } catch (const UserError& error) {
          EXPECT_EQ(std::string(error.what()),
                    (dir / "text.db").string() + ": not a presscheck fact base");
          throw;
        }
      },
      UserError);
  EXPECT_THROW(FactBase(dir / "missing.db"), UserError);
}

TEST(FactsStore, ReadersSeeCommittedContentWhileAWriteIsUnderWay) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", kMiniBase);
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  SQLite::Database writer(dir / "base.db", SQLite::OPEN_READWRITE);
  writer.exec("BEGIN IMMEDIATE");
  writer.exec("DELETE FROM entity_name");
  FactBase reader(dir / "base.db");
  EXPECT_EQ(reader.resolve("Alice Martin").size(), 1u);
  EXPECT_EQ(reader.all_names().size(), 5u);
  writer.exec("ROLLBACK");
}

// A lint run holds one snapshot: an import that lands meanwhile (the base is in WAL mode, as
// imports leave it) neither waits for the run nor changes what the run reads.
TEST(FactsStore, AHeldSnapshotKeepsReadingTheBaseAsItWasWhileAnImportLands) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", kMiniBase);
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  write_file(dir / "empty.jsonl", "");
  ASSERT_EQ(run_presscheck("facts import empty.jsonl --db base.db", dir.path()).exit_code, 0);
  FactBase held(dir / "base.db");
  held.hold_snapshot();
  write_file(dir / "more.jsonl",
             R"({"type":"entity","id":"bob","kind":"person","names":{"fr":["Robert Durand"]}})"
             "\n");
  const auto imported = run_presscheck("facts import more.jsonl --db base.db", dir.path());
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_TRUE(held.resolve("Robert Durand").empty());
  EXPECT_EQ(held.resolve("Alice Martin").size(), 1u);
  EXPECT_EQ(FactBase(dir / "base.db").resolve("Robert Durand").at(0).entity, "bob");
}

// A large import killed with SIGKILL in the middle of writing leaves the base as it was.
TEST(FactsStore, KilledImportLeavesTheBaseIntact) {
  test::TempDir dir;
  write_file(dir / "base.jsonl", kMiniBase);
  ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir.path()).exit_code, 0);
  const std::string before = run_presscheck("facts export --db base.db", dir.path()).out;
  {
    std::ofstream big(dir / "big.jsonl");
    for (int i = 0; i < 400000; ++i) {
      big << R"({"type":"statement","id":"gen-)" << i
          << R"(","subject":"alice","property":"position_held","value":{"entity":"mayor"},"point_in_time":"2020","qualifiers":{"note":{"text":"a generated statement to make the import long enough to be killed"}},"sources":["s1"]})"
          << '\n';
    }
  }
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::chdir(dir.path().c_str());
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    ::execl(PRESSCHECK_BINARY, PRESSCHECK_BINARY, "facts", "import", "big.jsonl", "--db", "base.db",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // Wait until the import has written a good part of its pages to the WAL, then kill it.
  const fs::path wal = dir / "base.db-wal";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  bool writing = false;
  while (!writing && std::chrono::steady_clock::now() < deadline) {
    std::error_code error;
    writing = fs::file_size(wal, error) > 4 * 1024 * 1024 && !error;
    if (!writing)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(writing) << "the import never started writing";
  ASSERT_TRUE(WIFSIGNALED(status)) << "the import finished before it could be killed";
  {
    SQLite::Database db(dir / "base.db", SQLite::OPEN_READWRITE);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
  }
  EXPECT_EQ(count_statements(dir / "base.db"), 0);
  EXPECT_EQ(run_presscheck("facts export --db base.db", dir.path()).out, before);
}

class FactsCache : public testing::Test {
 protected:
  test::TempDir dir_;
  testing_support::ScopedCacheHome cache_home_{dir_ / "cache"};
};

TEST_F(FactsCache, CompilesJsonLinesOnceAndReusesTheResult) {
  fs::create_directory(dir_ / "facts");
  write_file(dir_ / "facts" / "base.jsonl", kMiniBase);
  write_file(dir_ / "facts" / "README.md", "not read");
  const fs::path first = resolve_facts((dir_ / "facts").string());
  EXPECT_EQ(first.parent_path(), dir_ / "cache" / "presscheck");
  EXPECT_EQ(first.extension(), ".db");
  const auto built_at = fs::last_write_time(first);
  EXPECT_EQ(resolve_facts((dir_ / "facts").string()), first);
  EXPECT_EQ(fs::last_write_time(first), built_at);
  EXPECT_EQ(open_facts((dir_ / "facts").string()).resolve("Bob Durand").size(), 1u);

  write_file(dir_ / "facts" / "more.jsonl",
             R"({"type":"entity","id":"zoe","kind":"person","names":{"fr":["Zoé"]}})");
  const fs::path second = resolve_facts((dir_ / "facts").string());
  EXPECT_NE(second, first);
  EXPECT_EQ(FactBase(second).resolve("ZOE").size(), 1u);
  // A database path is used as it is.
  EXPECT_EQ(resolve_facts(second.string()), second);
}

TEST_F(FactsCache, ReportsProblemsInsteadOfCaching) {
  write_file(dir_ / "bad.jsonl",
             R"({"type":"entity","id":"x","kind":"robot","names":{"fr":["X"]}})");
  try {
    resolve_facts((dir_ / "bad.jsonl").string());
    FAIL() << "no error";
  } catch (const UserError& error) {
    const std::string file = (dir_ / "bad.jsonl").string();
    EXPECT_EQ(std::string(error.what()),
              file + ": 1 problem in the fact files\n  " + file +
                  ":1: unknown kind \"robot\" (expected person, organization, office, place, "
                  "event, product, law or other)");
  }
  EXPECT_FALSE(fs::exists(dir_ / "cache" / "presscheck") &&
               !fs::is_empty(dir_ / "cache" / "presscheck"));
}

TEST_F(FactsCache, DefaultIsTheStarterBase) {
  EXPECT_EQ(default_facts_path(), fs::path(PRESSCHECK_SOURCE_DIR) / "facts");
  const FactBase base = open_facts("");
  EXPECT_EQ(base.resolve("Commission européenne").at(0).entity, "european-commission");
}

}  // namespace
}  // namespace presscheck::facts
