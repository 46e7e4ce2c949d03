// `presscheck facts import-wikidata`: Wikidata entity JSON in each of its real shapes (an
// API response, a bare entity, a dump with one entity per line, gzip and bzip2 dumps) and
// SPARQL results become the same records; imports are idempotent, a newer revision replaces
// statements by their Wikidata id, and the mapping file is read strictly.
#include <bzlib.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>

#include "factbase_test_util.hpp"

namespace presscheck {
namespace {

using test::run_presscheck;
using test::TempDir;
using test::write_file;

std::string item_snak(const std::string& property, const std::string& id) {
  return R"({"snaktype":"value","property":")" + property +
         R"(","datavalue":{"value":{"entity-type":"item","numeric-id":)" + id.substr(1) +
         R"(,"id":")" + id + R"("},"type":"wikibase-entityid"},"datatype":"wikibase-item"})";
}

std::string time_snak(const std::string& property, const std::string& time, int precision) {
  return R"({"snaktype":"value","property":")" + property + R"(","datavalue":{"value":{"time":")" +
         time + R"(","timezone":0,"before":0,"after":0,"precision":)" + std::to_string(precision) +
         R"(,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"})";
}

std::string claim(const std::string& id, const std::string& main, const std::string& rest,
                  const std::string& rank = "normal") {
  return R"({"mainsnak":)" + main + R"(,"type":"statement","id":")" + id + R"(","rank":")" + rank +
         R"(")" + rest + "}";
}

// Ada Verne, mayor of Brume from 30 March 2014 to July 2020 (a reference gives the town's
// page, read on 3 February 2021); an earlier term deprecated; a third office whose end is
// unknown, which cannot be placed in time.
std::string ada(const std::string& end = "+2020-07-00T00:00:00Z") {
  return R"({"type":"item","id":"Q90001","modified":"2024-05-02T10:00:00Z","labels":{"fr":{"language":"fr","value":"Ada Verne"},"en":{"language":"en","value":"Ada Verne"},"de":{"language":"de","value":"Ada Verne"}},"aliases":{"fr":[{"language":"fr","value":"A. Verne"}]},"claims":{"P31":[)" +
         claim("Q90001$1", item_snak("P31", "Q5"), "") + R"(],"P39":[)" +
         claim(
             "Q90001$A1", item_snak("P39", "Q90002"),
             R"(,"qualifiers":{"P580":[)" + time_snak("P580", "+2014-03-30T00:00:00Z", 11) +
                 R"(],"P582":[)" + time_snak("P582", end, 10) +
                 R"(]},"references":[{"hash":"aa11","snaks":{"P854":[{"snaktype":"value","property":"P854","datavalue":{"value":"https://example.org/brume/maires","type":"string"},"datatype":"url"}],"P813":[)" +
                 time_snak("P813", "+2021-02-03T00:00:00Z", 11) + "]}}]") +
         "," +
         claim("Q90001$B2", item_snak("P39", "Q90002"),
               R"(,"qualifiers":{"P580":[)" + time_snak("P580", "+2008-03-16T00:00:00Z", 11) +
                   R"(],"P582":[)" + time_snak("P582", "+2014-03-30T00:00:00Z", 11) + "]}",
               "deprecated") +
         "," +
         claim("Q90001$C3", item_snak("P39", "Q90003"),
               R"(,"qualifiers":{"P582":[{"snaktype":"somevalue","property":"P582"}]})") +
         "]}}";
}

const std::string kOffice =
    R"({"type":"item","id":"Q90002","labels":{"fr":{"language":"fr","value":"maire de Brume"},"en":{"language":"en","value":"Mayor of Brume"}},"claims":{"P31":[)" +
    claim("Q90002$1", item_snak("P31", "Q4164871"), "") + "]}}";
// A town: no class of the mapping names it, nothing points at it, so it stays out.
const std::string kTown =
    R"({"type":"item","id":"Q90004","labels":{"fr":{"language":"fr","value":"Brume"}},"claims":{"P31":[)" +
    claim("Q90004$1", item_snak("P31", "Q515"), "") + "]}}";

// A dump as Wikidata writes it: brackets on their own lines, a comma after each entity.
std::string dump(const std::string& person) {
  return "[\n" + person + ",\n" + kOffice + ",\n" + kTown + "\n]\n";
}

const std::vector<std::string> kExpected = {
    R"({"type":"source","id":"wikidata-q90001","url":"https://www.wikidata.org/wiki/Q90001","title":"Ada Verne (Q90001), Wikidata","publisher":"Wikidata","retrieved":"2024-05-02"})",
    R"({"type":"source","id":"wikidata-ref-aa11","url":"https://example.org/brume/maires","retrieved":"2021-02-03"})",
    R"({"type":"entity","id":"q90001","kind":"person","names":{"fr":["Ada Verne"],"en":["Ada Verne"]},"aliases":{"fr":["A. Verne"]}})",
    R"({"type":"entity","id":"q90002","kind":"office","names":{"fr":["maire de Brume"],"en":["Mayor of Brume"]}})",
    R"({"type":"statement","id":"q90001-a1","subject":"q90001","property":"position_held","value":{"entity":"q90002"},"valid_from":{"date":"2014-03-30","precision":"day"},"valid_to":{"date":"2020-07","precision":"month"},"rank":"normal","sources":["wikidata-ref-aa11"]})",
    R"({"type":"statement","id":"q90001-b2","subject":"q90001","property":"position_held","value":{"entity":"q90002"},"valid_from":{"date":"2008-03-16","precision":"day"},"valid_to":{"date":"2014-03-30","precision":"day"},"rank":"deprecated","sources":["wikidata-q90001"]})",
};

void write_gzip(const std::filesystem::path& path, const std::string& text) {
  gzFile file = gzopen(path.c_str(), "wb");
  gzwrite(file, text.data(), static_cast<unsigned>(text.size()));
  gzclose(file);
}

// Two bzip2 streams one after the other, as parallel compressors write Wikidata's dumps.
void write_bzip2(const std::filesystem::path& path, const std::string& text) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  const std::size_t half = text.find('\n', text.size() / 2) + 1;
  for (const std::string& part : {text.substr(0, half), text.substr(half)}) {
    int status = BZ_OK;
    BZFILE* stream = BZ2_bzWriteOpen(&status, file, 9, 0, 0);
    BZ2_bzWrite(&status, stream, const_cast<char*>(part.data()), static_cast<int>(part.size()));
    BZ2_bzWriteClose(&status, stream, 0, nullptr, nullptr);
  }
  std::fclose(file);
}

class WikidataImport : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(
        dir_ / "base.jsonl",
        R"({"type":"property","id":"position_held","value_type":"entity","labels":{"fr":["fonction"],"en":["position"]}})"
        "\n");
  }

  // Builds a fresh base, imports `file` into it and returns the import's output.
  test::RunResult import_fresh(const std::string& file, const std::string& more = "") {
    std::filesystem::remove(dir_ / "b.db");
    EXPECT_EQ(run_presscheck("facts build base.jsonl -o b.db", dir_.path()).exit_code, 0);
    return import(file, more);
  }

  test::RunResult import(const std::string& file, const std::string& more = "") {
    return run_presscheck("facts import-wikidata " + file + " --db b.db " + more, dir_.path());
  }

  // The base's records, the property left out, one per line.
  std::vector<std::string> records() {
    const auto out = run_presscheck("facts export --db b.db", dir_.path()).out;
    std::vector<std::string> lines;
    for (std::size_t at = 0, end; (end = out.find('\n', at)) != std::string::npos; at = end + 1) {
      if (out.compare(at, 21, R"({"type":"property","i)") != 0)
        lines.push_back(out.substr(at, end - at));
    }
    return lines;
  }

  TempDir dir_;
};

TEST_F(WikidataImport, EveryShapeOfEntityJsonGivesTheSameRecords) {
  write_file(dir_ / "api.json",
             R"({"entities":{"Q90001":)" + ada() + R"(,"Q90002":)" + kOffice + R"(},"success":1})");
  write_file(dir_ / "dump.json", dump(ada()));
  write_gzip(dir_ / "dump.json.gz", dump(ada()));
  write_bzip2(dir_ / "dump.json.bz2", dump(ada()));
  for (const char* file : {"api.json", "dump.json", "dump.json.gz", "dump.json.bz2"}) {
    const auto result = import_fresh(file);
    EXPECT_EQ(result.exit_code, 0) << file << ": " << result.err;
    EXPECT_EQ(records(), kExpected) << file;
  }
  EXPECT_EQ(import_fresh("dump.json.bz2").out,
            "b.db: import done: 2 entities, 2 statements, 2 sources, 0 properties written (3 "
            "items read, 1 left out)\n"
            "  1 statement left out: its end date is unknown or vaguer than a year\n");
}

TEST_F(WikidataImport, ABareEntityNeedsItsOfficeInTheBase) {
  write_file(dir_ / "ada.json", ada());
  const auto alone = import_fresh("ada.json");
  EXPECT_EQ(alone.exit_code, 0) << alone.err;
  EXPECT_NE(alone.out.find("2 statements left out: its subject or value is neither in the files "
                           "nor in the base"),
            std::string::npos)
      << alone.out;
  write_file(dir_ / "office.json", kOffice);
  ASSERT_EQ(import("office.json").exit_code, 0);
  ASSERT_EQ(import("ada.json").exit_code, 0);
  EXPECT_EQ(records(), kExpected);
}

TEST_F(WikidataImport, ImportingAgainChangesNothingAndARevisionReplacesByStatementId) {
  write_file(dir_ / "dump.json", dump(ada()));
  ASSERT_EQ(import_fresh("dump.json").exit_code, 0);
  ASSERT_EQ(import("dump.json").exit_code, 0);
  EXPECT_EQ(records(), kExpected);
  // The term turns out to have ended in August: the statement keeps its id.
  write_file(dir_ / "newer.json", dump(ada("+2020-08-00T00:00:00Z")));
  ASSERT_EQ(import("newer.json").exit_code, 0);
  std::vector<std::string> expected = kExpected;
  const std::string july = R"("date":"2020-07")";
  expected[4].replace(expected[4].find(july), july.size(), R"("date":"2020-08")");
  EXPECT_EQ(records(), expected);
}

TEST_F(WikidataImport, SparqlOfficeHolderResults) {
  write_file(dir_ / "office.json", kOffice);
  write_file(dir_ / "holders.json",
             R"({"head":{"vars":["item","itemLabel","start","end","statement"]},
"results":{"bindings":[
{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q90005"},"itemLabel":{"xml:lang":"fr","type":"literal","value":"Léa Morin"},
 "start":{"datatype":"http://www.w3.org/2001/XMLSchema#dateTime","type":"literal","value":"2020-07-04T00:00:00Z"},
 "statement":{"type":"uri","value":"http://www.wikidata.org/entity/statement/Q90005-77AB"}},
{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q90006"},
 "start":{"type":"literal","value":"2001-01-01T00:00:00Z"},"end":{"type":"literal","value":"2008-03-16T00:00:00Z"}}]}})");
  ASSERT_EQ(import_fresh("office.json").exit_code, 0);
  const auto result = import("holders.json", "--office Q90002 --retrieved 2022-10-01");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "b.db: import done: 1 entities, 1 statements, 1 sources, 0 properties written (0 "
            "items read, 1 left out)\n"
            "  1 statement left out: its subject or value is neither in the files nor in the "
            "base\n");
  const auto all = records();
  EXPECT_NE(
      std::find(
          all.begin(), all.end(),
          R"({"type":"statement","id":"q90005-77ab","subject":"q90005","property":"position_held","value":{"entity":"q90002"},"valid_from":{"date":"2020-07-04","precision":"day"},"rank":"normal","sources":["wikidata-q90005"]})"),
      all.end());
  EXPECT_NE(
      std::find(
          all.begin(), all.end(),
          R"({"type":"source","id":"wikidata-q90005","url":"https://www.wikidata.org/wiki/Q90005","title":"Léa Morin (Q90005), Wikidata","publisher":"Wikidata","retrieved":"2022-10-01"})"),
      all.end());
}

TEST_F(WikidataImport, TheMappingIsReadStrictly) {
  write_file(dir_ / "mapping.toml",
             "[dates]\nvalid_from = \"P580\"\nstart = \"P580\"\n\n[classes]\nQ5 = \"human\"\n");
  write_file(dir_ / "ada.json", ada());
  const auto result = import_fresh("ada.json", "--mapping mapping.toml");
  EXPECT_EQ(result.exit_code, 2);
  // In the order of the file: the problem of the whole file points at its first line.
  EXPECT_EQ(result.err,
            "mapping.toml:1:1: error: the mapping names no property: add a [properties.P39] "
            "table\n"
            "     1 | [dates]\n"
            "mapping.toml:3:1: error: unknown key `start` in [dates] (expected point_in_time, "
            "valid_from, valid_to)\n"
            "     3 | start = \"P580\"\n"
            "mapping.toml:6:6: error: the kind must be one of person, organization, office, "
            "place, event, product, law, other\n"
            "     6 | Q5 = \"human\"\n"
            "presscheck: error: 3 problems in the mapping file; nothing was imported\n");
}

TEST_F(WikidataImport, TheBundledMappingLoadsAndBadJsonIsALocatedProblem) {
  write_file(dir_ / "dump.json", "[\n" + ada() + ",\n{\"id\": oops},\n]\n");
  const auto result = import_fresh("dump.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("dump.json:3: invalid JSON at column 8"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("nothing was written"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace presscheck
