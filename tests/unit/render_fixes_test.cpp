// Suggestions as edits in the machine formats: rdjson `suggestions` (reviewdog posts them
// as suggested changes) and SARIF `fixes`, checked against the two formats' schemas and
// for their exact ranges; a contradiction carries none.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "render_json_schema.hpp"
#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using Json = nlohmann::json;
using testing_support::JsonSchema;
using testing_support::read_file;
using testing_support::run_in;

std::vector<std::string> problems_of(const std::string& schema_file, const std::string& output) {
  const JsonSchema schema(
      parse_json(read_file(PRESSCHECK_SOURCE_DIR "/tests/schemas/" + schema_file)));
  return schema.validate(parse_json(output));
}

// The diagnostics of an rdjson or SARIF log that carry an edit.
std::vector<Json> with(const Json& items, const char* key) {
  std::vector<Json> out;
  for (const Json& item : items) {
    if (item.contains(key))
      out.push_back(item);
  }
  return out;
}

TEST(RenderFixes, RdjsonOnTheSamplesMatchesTheSchema) {
  const auto result = run_in(PRESSCHECK_SOURCE_DIR, "lint --format rdjson samples");
  EXPECT_EQ(problems_of("rdjson.json", result.out), std::vector<std::string>{});
  EXPECT_EQ(with(Json::parse(result.out)["diagnostics"], "suggestions").size(), 4u);
}

TEST(RenderFixes, TheRdjsonSchemaRejectsAMalformedSuggestion) {
  EXPECT_EQ(
      problems_of("rdjson.json", R"({"diagnostics":[{"message":"m","suggestions":[{"text":1}]}]})"),
      std::vector<std::string>{
          "/diagnostics/0/suggestions/0/text: wrong type, expected \"string\""});
}

TEST(RenderFixes, RdjsonSuggestionsCountColumnsInBytes) {
  const auto result =
      run_in(PRESSCHECK_SOURCE_DIR, "lint --format rdjson samples/fr/amende-x-base-de-faits.md");
  const std::vector<Json> fixed = with(Json::parse(result.out)["diagnostics"], "suggestions");
  ASSERT_EQ(fixed.size(), 1u);
  // « Le commissaire européen »: 23 code points, 24 bytes (é is two).
  EXPECT_EQ(fixed[0]["suggestions"], Json::parse(R"([{"range":{"start":{"line":10,"column":1},
      "end":{"line":10,"column":25}},"text":"L'ancien commissaire européen"}])"));
}

TEST(RenderFixes, ANameInTheFrontMatterIsReplacedWhereTheFileHasIt) {
  const std::string path = "samples/fr/amende-seine-chiffres-divergents.md";
  const auto result = run_in(PRESSCHECK_SOURCE_DIR, "lint --format rdjson " + path);
  const std::vector<Json> fixed = with(Json::parse(result.out)["diagnostics"], "suggestions");
  ASSERT_EQ(fixed.size(), 1u);
  const std::string text = read_file(std::string(PRESSCHECK_SOURCE_DIR "/") + path);
  const std::size_t line3 = text.find('\n', text.find('\n') + 1) + 1;
  const long column = static_cast<long>(text.find("Thierry Bretton") - line3) + 1;
  EXPECT_EQ(fixed[0]["suggestions"],
            Json::array({{{"range",
                           {{"start", {{"line", 3}, {"column", column}}},
                            {"end", {{"line", 3}, {"column", column + 15}}}}},
                          {"text", "Thierry Breton"}}}));
}

TEST(RenderFixes, SarifFixesReplaceTheRegionAndMatchTheSchema) {
  const auto result =
      run_in(PRESSCHECK_SOURCE_DIR, "lint --format sarif samples/fr/amende-x-base-de-faits.md");
  EXPECT_EQ(problems_of("sarif-2.1.0.json", result.out), std::vector<std::string>{});
  const std::vector<Json> fixed = with(Json::parse(result.out)["runs"][0]["results"], "fixes");
  ASSERT_EQ(fixed.size(), 1u);
  EXPECT_EQ(fixed[0]["ruleId"], "fact.outdated-title");
  EXPECT_EQ(fixed[0]["fixes"], Json::parse(R"([{
      "description":{"text":"écrire « L'ancien commissaire européen »"},
      "artifactChanges":[{"artifactLocation":{"uri":"samples/fr/amende-x-base-de-faits.md"},
        "replacements":[{"deletedRegion":{"startLine":10,"startColumn":1,"endLine":10,"endColumn":24},
          "insertedContent":{"text":"L'ancien commissaire européen"}}]}]}])"));
}

TEST(RenderFixes, TheSarifSchemaRejectsAFixWithoutChanges) {
  const std::string log =
      R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"presscheck"}},"results":[)"
      R"({"message":{"text":"m"},"fixes":[{"description":{"text":"d"}}]}]}]})";
  EXPECT_EQ(problems_of("sarif-2.1.0.json", log),
            std::vector<std::string>{
                "/runs/0/results/0/fixes/0: missing required property \"artifactChanges\""});
}

TEST(RenderFixes, AHeadlineContradictionGetsNoFix) {
  const auto result =
      run_in(PRESSCHECK_SOURCE_DIR, "lint --format sarif samples/fr/grok-titre-nie-la-citation.md");
  EXPECT_EQ(with(Json::parse(result.out)["runs"][0]["results"], "fixes").size(), 0u);
  EXPECT_NE(result.out.find("headline.negated-quote"), std::string::npos);
}

}  // namespace
}  // namespace presscheck
