// `facts import` checks new records against the part of the base they touch, found by
// indexed queries, and reports what a check of the whole merged base would: the same
// problems at the same places, including those that fall on the base's own records.

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <thread>

#include "factbase/fact_base.hpp"
#include "factbase_test_util.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;
using test::kMiniBase;
using test::run_presscheck;
using test::write_file;

constexpr const char* kBudget2020 =
    R"({"type":"statement","id":"b1","subject":"alice","property":"budget","value":{"amount":1,"currency":"EUR"},"valid_from":"2020","sources":["s1"]}
{"type":"statement","id":"m1","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":"2019","sources":["s1"]}
)";

class FactsImport : public testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "base.jsonl", std::string(kMiniBase) + kBudget2020);
    ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir_.path()).exit_code, 0);
    before_ = export_base();
  }
  std::string export_base() const {
    return run_presscheck("facts export --db base.db", dir_.path()).out;
  }
  test::RunResult import(const std::string& name, const std::string& records) const {
    write_file(dir_ / name, records);
    return run_presscheck("facts import " + name + " --db base.db", dir_.path());
  }

  test::TempDir dir_;
  std::string before_;
};

// A new statement that starts before one of the base and runs into it: the overlap is
// reported on the base's statement, the later one, citing the new one's line.
TEST_F(FactsImport, AnOverlapFallingOnTheBasesStatementIsReportedThere) {
  const auto result = import(
      "early.jsonl",
      R"({"type":"statement","id":"b0","subject":"alice","property":"budget","value":{"amount":3,"currency":"EUR"},"valid_from":"2018","valid_to":"2021","sources":["s1"]}
)");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "base.db: statement \"b1\" overlaps \"b0\" (early.jsonl:1) for subject \"alice\", but "
            "property \"budget\" is single-valued (end the older period or deprecate the older "
            "statement)\n"
            "presscheck: error: 1 problem in the fact files; nothing was written\n");
  EXPECT_EQ(export_base(), before_);
}

// Redefining a property's type makes the base's statements of that property wrong: each is
// reported, though the import names none of them.
TEST_F(FactsImport, APropertyChangingTypeReportsEveryStatementOfItInTheBase) {
  const auto result = import(
      "retype.jsonl",
      R"({"type":"property","id":"position_held","value_type":"text","labels":{"fr":["fonction"]}}
)");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "base.db: \"value\" must be text for property \"position_held\", not entity\n"
            "presscheck: error: 1 problem in the fact files; nothing was written\n");
  EXPECT_EQ(export_base(), before_);
}

// A property made single-valued is checked against every subject's statements of it.
TEST_F(FactsImport, APropertyMadeSingleValuedIsCheckedOnTheBasesStatements) {
  ASSERT_EQ(
      import(
          "second.jsonl",
          R"({"type":"statement","id":"m2","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":"2022","sources":["s1"]}
)")
          .exit_code,
      0);
  const auto result = import(
      "single.jsonl",
      R"({"type":"property","id":"position_held","value_type":"entity","labels":{"fr":["fonction"]},"single_valued":true}
)");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "base.db: statement \"m2\" overlaps \"m1\" (base.db) for subject \"alice\", but "
            "property \"position_held\" is single-valued (end the older period or deprecate the "
            "older statement)\n"
            "presscheck: error: 1 problem in the fact files; nothing was written\n");
}

TEST_F(FactsImport, DuplicatesAndDanglingReferencesOfTheImportAreReportedWithTheirLines) {
  const auto result =
      import("dup.jsonl",
             R"({"type":"entity","id":"carol","kind":"person","names":{"fr":["Carol"]}}
{"type":"entity","id":"carol","kind":"person","names":{"fr":["Carole"]}}
{"type":"statement","id":"c1","subject":"carol","property":"position_held","value":{"entity":"mayor"},"qualifiers":{"deputy":{"entity":"zoe"}},"sources":["s1","s9"]}
{"type":"quote","id":"q1","speaker":"alice","about":"nobody","lang":"fr","text":"Oui.","sources":["s1"]}
)");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "dup.jsonl:2: duplicate entity id \"carol\" (first defined at dup.jsonl:1)\n"
            "dup.jsonl:3: unknown entity \"zoe\" in \"qualifiers.deputy\"\n"
            "dup.jsonl:3: unknown source \"s9\" in \"sources\"\n"
            "dup.jsonl:4: unknown entity \"nobody\" in \"about\"\n"
            "presscheck: error: 4 problems in the fact files; nothing was written\n");
  EXPECT_EQ(export_base(), before_);
}

// What the base holds after importing kMore: the records a build of the merged files makes.
constexpr const char* kMerged =
    R"({"type":"source","id":"s1","url":"https://example.org/s1","title":"Source one"}
{"type":"entity","id":"alice","kind":"person","names":{"fr":["Alice Martin"],"en":["Alice Martin"]}}
{"type":"entity","id":"bob","kind":"person","names":{"fr":["Robert Dupont"]}}
{"type":"entity","id":"mayor","kind":"office","names":{"fr":["maire"],"en":["mayor"]}}
{"type":"property","id":"budget","value_type":"money","labels":{"fr":["crédits"],"en":["budget"]},"single_valued":true}
{"type":"property","id":"position_held","value_type":"entity","labels":{"fr":["fonction"],"en":["position"]}}
{"type":"statement","id":"b1","subject":"alice","property":"budget","value":{"amount":5,"currency":"EUR"},"valid_from":{"date":"2021","precision":"year"},"rank":"normal","sources":["s1"]}
{"type":"statement","id":"m1","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":{"date":"2019","precision":"year"},"rank":"normal","sources":["s1"]}
{"type":"quote","id":"q1","speaker":"bob","lang":"fr","text":"Nous tiendrons le budget.","polarity":"affirmative","translations":{"en":"We will keep to the budget."},"sources":["s1"]}
)";

std::vector<std::string> hits(const FactBase& base, const std::string& query) {
  std::vector<std::string> found;
  for (const SearchHit& hit : base.search(query))
    found.push_back(std::string(hit_kind_name(hit.kind)) + " " + hit.ref + " " + hit.text);
  return found;
}

// An import leaves the base a build of the merged files would make: the same records, and
// a search index where a renamed entity is found by its new name only.
TEST_F(FactsImport, AnImportLeavesTheBaseABuildOfTheMergedFilesWouldMake) {
  const auto result =
      import("more.jsonl",
             R"({"type":"entity","id":"bob","kind":"person","names":{"fr":["Robert Dupont"]}}
{"type":"statement","id":"b1","subject":"alice","property":"budget","value":{"amount":5,"currency":"EUR"},"valid_from":"2021","sources":["s1"]}
{"type":"property","id":"budget","value_type":"money","labels":{"fr":["crédits"],"en":["budget"]},"single_valued":true}
{"type":"quote","id":"q1","speaker":"bob","lang":"fr","text":"Nous tiendrons le budget.","translations":{"en":"We will keep to the budget."},"sources":["s1"]}
)");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(export_base(), kMerged);
  write_file(dir_ / "merged.jsonl", kMerged);
  ASSERT_EQ(run_presscheck("facts build merged.jsonl -o merged.db", dir_.path()).exit_code, 0);
  const FactBase imported(dir_ / "base.db");
  const FactBase built(dir_ / "merged.db");
  for (const char* query : {"Durand", "Dupont", "Robert", "crédits", "budget", "keep budget",
                            "tiendrons", "Alice", "maire", "fonction"}) {
    EXPECT_EQ(hits(imported, query), hits(built, query)) << query;
  }
  EXPECT_TRUE(hits(imported, "Durand").empty());
  EXPECT_EQ(hits(imported, "Dupont"), std::vector<std::string>{"name bob Robert Dupont"});
  EXPECT_EQ(hits(imported, "keep budget"),
            std::vector<std::string>{"quote q1 We will keep to the budget."});
}

int search_rows(const fs::path& db, const std::string& where) {
  SQLite::Database connection(db, SQLite::OPEN_READONLY);
  return connection.execAndGet("SELECT count(*) FROM search WHERE " + where).getInt();
}

// A renamed entity loses the rows of its old names, whether they are found by their words,
// by a pass over the index (a name with no word in it), or all in one pass (many at once).
TEST_F(FactsImport, RenamedEntitiesLeaveNoRowOfTheirOldNamesInTheSearchIndex) {
  std::string people;
  std::string renamed;
  for (int i = 0; i < 1001; ++i) {
    people += fmt::format(
        R"({{"type":"entity","id":"p{0}","kind":"person","names":{{"fr":["Personne {0}"]}}}})"
        "\n",
        i);
    renamed += fmt::format(
        R"({{"type":"entity","id":"p{0}","kind":"person","names":{{"fr":["Quelqu'un {0}"]}},"aliases":{{"en":["Someone {0}"]}}}})"
        "\n",
        i);
  }
  ASSERT_EQ(import("people.jsonl",
                   people + R"({"type":"entity","id":"sym","kind":"other","names":{"fr":["***"]}})"
                            "\n")
                .exit_code,
            0);
  ASSERT_EQ(import("sym.jsonl",
                   R"({"type":"entity","id":"sym","kind":"other","names":{"fr":["Symbole"]}})"
                   "\n")
                .exit_code,
            0);
  ASSERT_EQ(import("p1.jsonl",
                   R"({"type":"entity","id":"p1","kind":"person","names":{"fr":["Une Autre"]}})"
                   "\n")
                .exit_code,
            0);
  EXPECT_EQ(search_rows(dir_ / "base.db", "ref = 'sym'"), 1);
  EXPECT_EQ(search_rows(dir_ / "base.db", "ref = 'p1'"), 1);
  EXPECT_EQ(hits(FactBase(dir_ / "base.db"), "Autre"),
            std::vector<std::string>{"name p1 Une Autre"});
  ASSERT_EQ(import("renamed.jsonl", renamed).exit_code, 0);
  EXPECT_EQ(search_rows(dir_ / "base.db", "kind IN ('name', 'alias') AND ref GLOB 'p[0-9]*'"),
            2002);
  EXPECT_EQ(search_rows(dir_ / "base.db", "search MATCH 'Personne OR Autre'"), 0);
  EXPECT_EQ(hits(FactBase(dir_ / "base.db"), "Someone 1000"),
            std::vector<std::string>{"alias p1000 Someone 1000"});
}

// Holds the base's write lock, as an import in its final transaction does.
class WriteLock {
 public:
  explicit WriteLock(const fs::path& db) : db_(db, SQLite::OPEN_READWRITE) {
    db_.exec("BEGIN IMMEDIATE");
  }
  void release() { db_.exec("ROLLBACK"); }
  /// Changes the base under the lock, as another import would, and lets the lock go.
  void commit(const char* sql) {
    db_.exec(sql);
    db_.exec("COMMIT");
  }

 private:
  SQLite::Database db_;
};

// While a writer holds the lock, a lookup reads the base at once, and an import says it
// waits, then goes through once the lock is let go.
TEST_F(FactsImport, AReaderNeverWaitsAndAnImporterWaitsSayingSo) {
  WriteLock lock(dir_ / "base.db");
  const auto lookup =
      run_presscheck("lookup 'Alice Martin' --lang en --facts base.db --no-color", dir_.path());
  EXPECT_EQ(lookup.exit_code, 0) << lookup.err;
  EXPECT_EQ(lookup.err, "");
  EXPECT_NE(lookup.out.find("Alice Martin"), std::string::npos) << lookup.out;

  write_file(dir_ / "carol.jsonl",
             R"({"type":"entity","id":"carol","kind":"person","names":{"fr":["Carol"]}})");
  test::RunResult imported;
  std::thread importer(
      [&] { imported = run_presscheck("facts import carol.jsonl --db base.db", dir_.path()); });
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  lock.release();
  importer.join();
  EXPECT_EQ(imported.exit_code, 0);
  EXPECT_EQ(imported.out, "base.db: import done\n");
  EXPECT_EQ(imported.err,
            "presscheck: base.db: another process is writing to this fact base; waiting up to "
            "30 s for it to finish\n");
  EXPECT_EQ(FactBase(dir_ / "base.db").resolve("Carol").size(), 1u);
}

// An import checked in a snapshot, then kept waiting while another writer changes the base,
// is checked again against what that writer left: here b1's period no longer ends.
TEST_F(FactsImport, AnImportIsCheckedAgainWhenTheBaseChangedWhileItWaited) {
  write_file(
      dir_ / "later.jsonl",
      R"({"type":"statement","id":"b2","subject":"alice","property":"budget","value":{"amount":4,"currency":"EUR"},"valid_from":"2023","sources":["s1"]}
)");
  ASSERT_EQ(
      import(
          "end.jsonl",
          R"({"type":"statement","id":"b1","subject":"alice","property":"budget","value":{"amount":1,"currency":"EUR"},"valid_from":"2020","valid_to":"2022","sources":["s1"]}
)")
          .exit_code,
      0);
  WriteLock lock(dir_ / "base.db");
  test::RunResult imported;
  std::thread importer(
      [&] { imported = run_presscheck("facts import later.jsonl --db base.db", dir_.path()); });
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  lock.commit("UPDATE statement SET valid_to = NULL WHERE id = 'b1'");
  importer.join();
  EXPECT_EQ(imported.exit_code, 2);
  EXPECT_EQ(imported.out, "");
  EXPECT_EQ(imported.err,
            "presscheck: base.db: another process is writing to this fact base; waiting up to "
            "30 s for it to finish\n"
            "later.jsonl:1: statement \"b2\" overlaps \"b1\" (base.db) for subject \"alice\", "
            "but property \"budget\" is single-valued (end the older period or deprecate the "
            "older statement)\n"
            "presscheck: error: 1 problem in the fact files; nothing was written\n");
}

}  // namespace
}  // namespace presscheck::facts
