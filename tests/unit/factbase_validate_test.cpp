#include <gtest/gtest.h>

#include "factbase/loader.hpp"
#include "factbase/validator.hpp"
#include "factbase_test_util.hpp"

namespace presscheck::facts {
namespace {

using test::kMiniBase;

// The problems `facts validate` reports for the mini base (6 lines) followed by `extra`,
// which therefore starts on line 7.
std::vector<std::string> problems_in(const std::string& extra) {
  FactSet set;
  std::vector<Problem> problems;
  load_fact_text(std::string(kMiniBase) + extra, "facts.jsonl", set, problems);
  validate_references(set, problems);
  sort_problems(problems);
  std::vector<std::string> lines;
  for (const Problem& problem : problems)
    lines.push_back(format_problem(problem));
  return lines;
}

using Lines = std::vector<std::string>;

TEST(FactsValidate, AcceptsAValidBase) {
  EXPECT_EQ(
      problems_in(
          R"({"type":"statement","id":"a-mayor","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":"2020-03","sources":["s1"]})"
          "\n"),
      Lines{});
}

TEST(FactsValidate, ReportsBadJson) {
  EXPECT_EQ(problems_in("{\"type\":\"source\",\n[1]\n\"text\"\n{\"type\":\"source\" \"id\":1}\n"),
            (Lines{"facts.jsonl:7: invalid JSON at column 18: JSON document ended early in the "
                   "middle of an object or array",
                   "facts.jsonl:8: a record must be an object, not an array",
                   "facts.jsonl:9: a record must be an object, not a string",
                   "facts.jsonl:10: invalid JSON at column 18: the JSON document has an improper "
                   "structure: missing or superfluous commas, braces, missing keys, etc."}));
  EXPECT_EQ(problems_in("{\"type\":\"source\",\"id\":\"s\xFF\"}\n"),
            Lines{"facts.jsonl:7: invalid JSON at column 25: the input is not valid UTF-8"});
}

TEST(FactsValidate, ReportsNumbersBeyondTheDoubleRange) {
  // 1e999 is valid JSON, so the record is read, but no amount can be infinite.
  EXPECT_EQ(
      problems_in(
          R"({"type":"statement","id":"a-budget","subject":"alice","property":"budget","value":{"amount":1e999,"currency":"EUR"},"sources":["s1"]})"
          "\n"),
      Lines{"facts.jsonl:7: \"value.amount\" is beyond the range of numbers"});
}

TEST(FactsValidate, ReportsUnknownTypesAndFields) {
  EXPECT_EQ(
      problems_in(R"({"id":"x"}
{"type":"person","id":"x"}
{"type":"source","id":"s2","url":"https://example.org","colour":"red"}
)"),
      (Lines{"facts.jsonl:7: missing field \"type\" (source, entity, property, statement, quote "
             "or claim_review)",
             "facts.jsonl:8: unknown record type \"person\" (expected source, entity, property, "
             "statement, quote or claim_review)",
             "facts.jsonl:9: unknown field \"colour\" in a source"}));
}

TEST(FactsValidate, ReportsUnknownFieldValues) {
  EXPECT_EQ(
      problems_in(R"({"type":"entity","id":"e","kind":"robot","names":{"de":["E"],"fr":["E"]}}
{"type":"property","id":"p","value_type":"colour"}
{"type":"statement","id":"st","subject":"alice","property":"budget","value":{"amount":1,"currency":"euro"},"rank":"top","sources":["s1"]}
{"type":"quote","id":"q","speaker":"alice","lang":"es","text":"hola","polarity":"maybe","sources":["s1"]}
)"),
      (Lines{"facts.jsonl:7: unknown kind \"robot\" (expected person, organization, office, "
             "place, event, product, law or other)",
             "facts.jsonl:7: unknown language \"de\" in \"names\" (expected fr or en)",
             "facts.jsonl:8: unknown value_type \"colour\" (expected money, quantity, percent, "
             "date, entity or text)",
             "facts.jsonl:9: \"value.currency\" must be a three-letter code such as \"EUR\"",
             "facts.jsonl:9: unknown rank \"top\" (expected preferred, normal or deprecated)",
             "facts.jsonl:10: unknown language \"es\" in \"lang\" (expected fr or en)",
             "facts.jsonl:10: unknown polarity \"maybe\" (expected affirmative or negative)"}));
}

TEST(FactsValidate, ReportsMalformedFields) {
  EXPECT_EQ(
      problems_in(R"({"type":"source","id":"S 2","url":"ftp://example.org"}
{"type":"source","id":"s3"}
{"type":"entity","id":"e","kind":"person","names":"E"}
{"type":"statement","id":"st","subject":"alice","property":"budget","value":{"amount":"1","currency":"EUR"},"sources":["s1"]}
{"type":"statement","id":"st2","subject":"alice","property":"budget","value":{"amount":1,"percent":2},"sources":["s1"]}
{"type":"statement","id":"st3","subject":"alice","property":"budget","sources":["s1"]}
)"),
      (Lines{"facts.jsonl:7: invalid id \"S 2\" in \"id\" (use lowercase letters, digits, '-', "
             "'_' and '.')",
             "facts.jsonl:7: field \"url\" must start with https:// or http://",
             "facts.jsonl:8: a source needs a \"url\" or a \"title\"",
             "facts.jsonl:9: field \"names\" must be an object, not a string",
             "facts.jsonl:9: an entity needs at least one name",
             "facts.jsonl:10: field \"value.amount\" must be a number, not a string",
             "facts.jsonl:11: \"value\" must have exactly one of \"amount\", \"quantity\", "
             "\"percent\", \"date\", \"entity\" or \"text\"",
             "facts.jsonl:12: missing field \"value\" in a statement"}));
}

TEST(FactsValidate, ReportsBadDates) {
  EXPECT_EQ(
      problems_in(
          R"({"type":"statement","id":"st","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":"2025-13","sources":["s1"]}
{"type":"statement","id":"st2","subject":"alice","property":"position_held","value":{"entity":"mayor"},"point_in_time":{"date":"2025-12","precision":"day"},"sources":["s1"]}
{"type":"statement","id":"st3","subject":"alice","property":"position_held","value":{"entity":"mayor"},"point_in_time":{"date":"2025","precision":"decade"},"sources":["s1"]}
{"type":"statement","id":"st4","subject":"alice","property":"position_held","value":{"entity":"mayor"},"point_in_time":"2025-12-01T10:00","sources":["s1"]}
)"),
      (Lines{"facts.jsonl:7: invalid date \"2025-13\" in \"valid_from\" (expected YYYY, YYYY-MM "
             "or YYYY-MM-DD)",
             "facts.jsonl:8: precision \"day\" does not match date \"2025-12\" in "
             "\"point_in_time\"",
             "facts.jsonl:9: unknown precision \"decade\" in \"point_in_time\" (expected year, "
             "month or day)",
             "facts.jsonl:10: invalid date \"2025-12-01T10:00\" in \"point_in_time\" (expected "
             "YYYY, YYYY-MM or YYYY-MM-DD)"}));
}

TEST(FactsValidate, ReportsDuplicateIds) {
  EXPECT_EQ(problems_in(R"({"type":"entity","id":"alice","kind":"person","names":{"fr":["A"]}}
{"type":"source","id":"alice","title":"Same id, other type: allowed"}
)"),
            Lines{"facts.jsonl:7: duplicate entity id \"alice\" (first defined at facts.jsonl:2)"});
}

TEST(FactsValidate, ReportsDanglingReferences) {
  EXPECT_EQ(
      problems_in(
          R"({"type":"statement","id":"st","subject":"carol","property":"position_held","value":{"entity":"king"},"qualifiers":{"city":"paris"},"sources":["s9"]}
{"type":"statement","id":"st2","subject":"alice","property":"height","value":{"quantity":1.7,"unit":"m"},"sources":["s1"]}
{"type":"quote","id":"q","speaker":"dave","lang":"fr","text":"oui","about":"erin","sources":["s1"]}
)"),
      (Lines{"facts.jsonl:7: unknown entity \"carol\" in \"subject\"",
             "facts.jsonl:7: unknown entity \"king\" in \"value\"",
             "facts.jsonl:7: unknown entity \"paris\" in \"qualifiers.city\"",
             "facts.jsonl:7: unknown source \"s9\" in \"sources\"",
             "facts.jsonl:8: unknown property \"height\" in \"property\"",
             "facts.jsonl:9: unknown entity \"dave\" in \"speaker\"",
             "facts.jsonl:9: unknown entity \"erin\" in \"about\""}));
}

TEST(FactsValidate, ReportsRecordsWithoutSources) {
  EXPECT_EQ(
      problems_in(
          R"({"type":"statement","id":"st","subject":"alice","property":"position_held","value":{"entity":"mayor"}}
{"type":"quote","id":"q","speaker":"alice","lang":"fr","text":"oui","sources":[]}
)"),
      (Lines{"facts.jsonl:7: a statement must cite at least one source",
             "facts.jsonl:8: a quote must cite at least one source"}));
}

TEST(FactsValidate, ReportsValueOfTheWrongType) {
  EXPECT_EQ(
      problems_in(
          R"({"type":"statement","id":"st","subject":"alice","property":"budget","value":{"text":"a lot"},"sources":["s1"]}
)"),
      Lines{"facts.jsonl:7: \"value\" must be money for property \"budget\", not text"});
}

TEST(FactsValidate, ReportsInvalidPeriods) {
  EXPECT_EQ(
      problems_in(
          R"({"type":"statement","id":"st","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":"2024-09-16","valid_to":"2019-12-01","sources":["s1"]}
{"type":"statement","id":"st2","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":"2024","valid_to":"2024","sources":["s1"]}
{"type":"statement","id":"st3","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":"2024","point_in_time":"2024-05","sources":["s1"]}
)"),
      (Lines{"facts.jsonl:7: \"valid_from\" (2024-09-16) must be before \"valid_to\" (2019-12-01)",
             "facts.jsonl:8: \"valid_from\" (2024) must be before \"valid_to\" (2024)",
             "facts.jsonl:9: a statement has either \"point_in_time\" or "
             "\"valid_from\"/\"valid_to\", not both"}));
}

TEST(FactsValidate, ReportsOverlapsOfSingleValuedProperties) {
  const std::string budget =
      R"({"type":"statement","subject":"alice","property":"budget","value":{"amount":1,"currency":"EUR"},"sources":["s1"],)";
  EXPECT_EQ(problems_in(budget + R"("id":"b1","valid_from":"2020","valid_to":"2022"}
)" + budget + R"("id":"b2","valid_from":"2021-06","valid_to":"2023"}
)" + budget + R"("id":"b3","valid_from":"2023"}
)" + budget + R"("id":"b4","valid_from":"2020","rank":"deprecated"}
)"),
            Lines{"facts.jsonl:8: statement \"b2\" overlaps \"b1\" (facts.jsonl:7) for subject "
                  "\"alice\", but property \"budget\" is single-valued (end the older period or "
                  "deprecate the older statement)"});
  // Several offices at once are fine: position_held is not single-valued.
  const std::string office =
      R"({"type":"statement","subject":"alice","property":"position_held","value":{"entity":"mayor"},"sources":["s1"],)";
  EXPECT_EQ(problems_in(office + R"("id":"o1","valid_from":"2020"}
)" + office + R"("id":"o2","valid_from":"2021"}
)"),
            Lines{});
}

TEST(FactsValidate, CommandReportsEveryProblemAndExitsWith2) {
  test::TempDir dir;
  test::write_file(dir / "good.jsonl", kMiniBase);
  test::write_file(dir / "bad.jsonl",
                   R"({"type":"quote","id":"q","speaker":"zoe","lang":"fr","text":"oui"}
{"type":"entity","id":"alice","kind":"person","names":{"fr":["A"]}}
)");
  const auto result = test::run_presscheck("facts validate good.jsonl bad.jsonl", dir.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out,
            "bad.jsonl:1: a quote must cite at least one source\n"
            "bad.jsonl:1: unknown entity \"zoe\" in \"speaker\"\n"
            "bad.jsonl:2: duplicate entity id \"alice\" (first defined at good.jsonl:2)\n");
  EXPECT_EQ(result.err, "presscheck: 3 problems found\n");

  const auto build = test::run_presscheck("facts build good.jsonl bad.jsonl -o out.db", dir.path());
  EXPECT_EQ(build.exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir / "out.db"));
  EXPECT_NE(build.err.find("presscheck: error: 3 problems in the fact files; nothing was written"),
            std::string::npos);

  const auto ok = test::run_presscheck("facts validate good.jsonl", dir.path());
  EXPECT_EQ(ok.exit_code, 0);
  EXPECT_EQ(ok.out, "ok: 1 sources, 3 entities, 2 properties, 0 statements, 0 quotes\n");

  const auto missing = test::run_presscheck("facts validate nowhere.jsonl", dir.path());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "presscheck: error: nowhere.jsonl: no such file or folder\n");
}

TEST(FactsValidate, StarterBaseIsValid) {
  const auto result =
      test::run_presscheck("facts validate facts", std::filesystem::path(PRESSCHECK_SOURCE_DIR));
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_EQ(result.out.substr(0, 4), "ok: ");
}

}  // namespace
}  // namespace presscheck::facts
