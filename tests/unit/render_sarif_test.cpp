// The SARIF output against the SARIF 2.1.0 schema (our copy under tests/schemas/, validated
// by a small checker), and the details code-scanning tools rely on.
#include <gtest/gtest.h>

#include "core/json_reader.hpp"
#include "render/sarif_renderer.hpp"
#include "render_json_schema.hpp"
#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::JsonSchema;
using testing_support::read_file;
using testing_support::run_in;
using testing_support::TempTree;

const JsonSchema& sarif_schema() {
  static const JsonSchema schema(
      parse_json(read_file(PRESSCHECK_SOURCE_DIR "/tests/schemas/sarif-2.1.0.json")));
  return schema;
}

std::vector<std::string> problems_of(const std::string& sarif) {
  return sarif_schema().validate(parse_json(sarif));
}

TEST(RenderSarif, OutputOnTheSamplesIsValidSarif) {
  const auto result = run_in(PRESSCHECK_SOURCE_DIR, "lint --format sarif samples");
  ASSERT_EQ(result.exit_code, 1);
  EXPECT_EQ(problems_of(result.out), std::vector<std::string>{});
}

TEST(RenderSarif, BadInputsAndOddPathsStayValid) {
  TempTree tree;
  tree.write("dossier été/vide.md", "");
  tree.write("dossier été/bin.md", std::string("a\0b", 3));
  tree.write("dossier été/ok.md",
             "# Titre\n\n<!-- presscheck-disable quote.not-in-body -->\n\nUn paragraphe.\n");
  const auto result = run_in(tree.path(), "lint --format sarif 'dossier été'");
  EXPECT_EQ(problems_of(result.out), std::vector<std::string>{});
  // Spaces and accents are percent-encoded in the URI.
  EXPECT_NE(result.out.find(R"("uri":"dossier%20%C3%A9t%C3%A9/vide.md")"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(R"("ruleId":"suppression.unused")"), std::string::npos);
}

TEST(RenderSarif, TheSchemaCheckerRejectsBrokenLogs) {
  // Each of these breaks SARIF 2.1.0 in one way; the test above would catch it.
  const std::string run_head =
      R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"presscheck"}},"results":[)";
  const std::string tail = "]}]}";
  EXPECT_EQ(problems_of(run_head + R"({"ruleId":"x"})" + tail),
            std::vector<std::string>{"/runs/0/results/0: missing required property \"message\""});
  EXPECT_EQ(problems_of(run_head + R"({"level":"warn","message":{"text":"m"}})" + tail),
            std::vector<std::string>{"/runs/0/results/0/level: \"warn\" is not one of "
                                     "[\"none\",\"note\",\"warning\",\"error\",]"});
  EXPECT_EQ(
      problems_of(
          run_head +
          R"({"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a"},"region":{"startLine":0}}}]})" +
          tail),
      std::vector<std::string>{
          "/runs/0/results/0/locations/0/physicalLocation/region/startLine: below the minimum 1"});
  EXPECT_EQ(problems_of(run_head + R"({"message":{"text":"m"},"severity":"error"})" + tail),
            std::vector<std::string>{"/runs/0/results/0: property \"severity\" is not allowed"});
  EXPECT_EQ(problems_of(R"({"version":"2.1.0","runs":[{"tool":{"driver":{}}}]})"),
            std::vector<std::string>{"/runs/0/tool/driver: missing required property \"name\""});
}

TEST(RenderSarif, DescribesTheToolRulesAndRegionsInCodePoints) {
  const auto result =
      run_in(PRESSCHECK_SOURCE_DIR, "lint --format sarif samples/fr/grok-titre-nie-la-citation.md");
  const JsonValue log = parse_json(result.out);
  const JsonValue& run = log.find("runs")->as_array().at(0);
  EXPECT_EQ(run.find("columnKind")->as_string(), "unicodeCodePoints");
  const JsonValue& driver = *run.find("tool")->find("driver");
  EXPECT_EQ(driver.find("name")->as_string(), "presscheck");
  EXPECT_EQ(driver.find("version")->as_string(), PRESSCHECK_VERSION);
  bool unused_listed = false;
  for (const JsonValue& rule : driver.find("rules")->as_array()) {
    if (rule.find("id")->as_string() != "suppression.unused")
      continue;
    unused_listed = true;
    EXPECT_EQ(rule.find("shortDescription")->find("text")->as_string(),
              "an inline suppression hides no finding");
    EXPECT_EQ(rule.find("defaultConfiguration")->find("level")->as_string(), "warning");
  }
  EXPECT_TRUE(unused_listed);
  const JsonValue& finding = run.find("results")->as_array().at(0);
  EXPECT_EQ(finding.find("ruleId")->as_string(), "headline.negated-quote");
  EXPECT_EQ(finding.find("level")->as_string(), "error");
  // Line 8 holds « é » and « ’ » before the evidence: columns count code points, not bytes.
  const JsonValue& related = finding.find("relatedLocations")->as_array().at(0);
  const JsonValue& region = *related.find("physicalLocation")->find("region");
  EXPECT_EQ(region.find("startLine")->as_number(), 8);
  EXPECT_EQ(region.find("startColumn")->as_number(), 94);
  EXPECT_EQ(region.find("endColumn")->as_number(), 109);
  EXPECT_EQ(related.find("message")->find("text")->as_string(),
            "le corps cite « très au sérieux »");
}

TEST(RenderSarif, InfoFindingsAreNotes) {
  TempTree tree;
  tree.write(".presscheck.toml", "[rules]\n\"input.no-headline\" = \"info\"\n");
  tree.write("draft.md", "\n\n");
  const auto result = run_in(tree.path(), "lint --format sarif draft.md");
  const JsonValue log = parse_json(result.out);
  const JsonValue& finding = log.find("runs")->as_array().at(0).find("results")->as_array().at(0);
  EXPECT_EQ(finding.find("ruleId")->as_string(), "input.no-headline");
  EXPECT_EQ(finding.find("level")->as_string(), "note");
  EXPECT_EQ(result.exit_code, 0);
}

TEST(RenderSarif, PathsBecomeRelativeUriReferences) {
  EXPECT_EQ(path_to_uri("samples/fr/a b.md"), "samples/fr/a%20b.md");
  EXPECT_EQ(path_to_uri("<stdin>"), "%3Cstdin%3E");
  EXPECT_EQ(path_to_uri("été/x#1.md"), "%C3%A9t%C3%A9/x%231.md");
}

}  // namespace
}  // namespace presscheck
