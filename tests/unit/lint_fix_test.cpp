// `lint --fix`: the certain suggestions (a known name's spelling, a former title) are
// applied to copies of the samples, exactly, and everything else is still reported.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using testing_support::read_file;
using testing_support::run_in;
using testing_support::shell_in;
using testing_support::TempTree;

std::string sample(const std::string& name) {
  return read_file(PRESSCHECK_SOURCE_DIR "/samples/" + name);
}

// `text` with its one occurrence of `from` replaced by `to`; fails when it is not there once.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  EXPECT_EQ(text.find(from, at + 1), std::string::npos) << from;
  if (at != std::string::npos)
    text.replace(at, from.size(), to);
  return text;
}

// "rule line:column" of each finding of a JSON report, in order.
std::vector<std::string> findings_of(const std::string& json) {
  std::vector<std::string> out;
  const Json report = Json::parse(json);
  for (const Json& d : report["diagnostics"]) {
    out.push_back(d["rule"].get<std::string>() + " " + std::to_string(d["line"].get<int>()) + ":" +
                  std::to_string(d["column"].get<int>()));
  }
  return out;
}

TEST(LintFix, AppliesTheCertainFixesToTheFrenchSamplesAndReportsTheRest) {
  TempTree tree;
  tree.write("fr/amende-x-base-de-faits.md", sample("fr/amende-x-base-de-faits.md"));
  tree.write("fr/amende-seine-chiffres-divergents.md",
             sample("fr/amende-seine-chiffres-divergents.md"));
  const auto result = run_in(tree.path(), "lint --fix --format json fr");
  EXPECT_EQ(result.err, "presscheck: applied 2 fixes in 2 files\n");
  EXPECT_EQ(read_file((tree.path() / "fr/amende-x-base-de-faits.md").string()),
            replaced(sample("fr/amende-x-base-de-faits.md"), "Le commissaire européen Thierry",
                     "L'ancien commissaire européen Thierry"));
  EXPECT_EQ(read_file((tree.path() / "fr/amende-seine-chiffres-divergents.md").string()),
            replaced(sample("fr/amende-seine-chiffres-divergents.md"), "Thierry Bretton",
                     "Thierry Breton"));
  // « L'ancienne présidente » (no certain fix: « ancienne » is to be removed by hand), the
  // figures and the quote remain; the fixed findings do not.
  const std::vector<std::string> remaining = findings_of(result.out);
  EXPECT_EQ(std::count(remaining.begin(), remaining.end(), "fact.name-spelling 3:170"), 0);
  EXPECT_EQ(std::count(remaining.begin(), remaining.end(), "fact.outdated-title 10:1"), 0);
  EXPECT_EQ(std::count(remaining.begin(), remaining.end(), "fact.outdated-title 10:146"), 1)
      << testing::PrintToString(remaining);
  EXPECT_EQ(std::count(remaining.begin(), remaining.end(), "fact.value-mismatch 8:69"), 1);
  EXPECT_EQ(result.exit_code, 1);  // errors remain
  // A second run finds nothing more to apply and changes nothing.
  const std::string once = read_file((tree.path() / "fr/amende-x-base-de-faits.md").string());
  const auto again = run_in(tree.path(), "lint --fix --format json fr");
  EXPECT_EQ(again.err, "presscheck: applied 0 fixes in 0 files\n");
  EXPECT_EQ(read_file((tree.path() / "fr/amende-x-base-de-faits.md").string()), once);
  EXPECT_EQ(findings_of(again.out), remaining);
}

TEST(LintFix, AppliesTheCertainFixesToTheEnglishSamples) {
  TempTree tree;
  tree.write("x.md", sample("en/x-fine-fact-base.md"));
  tree.write("river.md", sample("en/river-fine-figures-disagree.md"));
  const auto result = run_in(tree.path(), "lint --fix --format json x.md river.md");
  EXPECT_EQ(result.err, "presscheck: applied 2 fixes in 2 files\n");
  EXPECT_EQ(read_file((tree.path() / "x.md").string()),
            replaced(sample("en/x-fine-fact-base.md"), "\nEU commissioner Thierry Breton, who",
                     "\nFormer EU commissioner Thierry Breton, who"));
  EXPECT_EQ(read_file((tree.path() / "river.md").string()),
            replaced(sample("en/river-fine-figures-disagree.md"), "Thierry Bretton welcomed",
                     "Thierry Breton welcomed"));
  const std::vector<std::string> remaining = findings_of(result.out);
  EXPECT_EQ(std::count(remaining.begin(), remaining.end(), "fact.outdated-title 10:1"), 0);
  // "Former President … Ursula von der Leyen" stays: she still holds the office.
  EXPECT_EQ(std::count(remaining.begin(), remaining.end(), "fact.outdated-title 10:129"), 1)
      << testing::PrintToString(remaining);
  EXPECT_EQ(result.exit_code, 1);
}

TEST(LintFix, ContradictionsGetNoFixAndTheFileIsNotTouched) {
  TempTree tree;
  const std::string draft = sample("fr/grok-titre-nie-la-citation.md");
  const std::string path = tree.write("grok.md", draft);
  const fs::file_time_type before = fs::last_write_time(path);
  const auto result = run_in(tree.path(), "lint --fix grok.md");
  EXPECT_EQ(result.err, "presscheck: applied 0 fixes in 0 files\n");
  EXPECT_EQ(read_file(path), draft);
  EXPECT_EQ(fs::last_write_time(path), before);
  EXPECT_NE(result.out.find("[headline.negated-quote]"), std::string::npos) << result.out;
  EXPECT_EQ(result.exit_code, 1);
}

TEST(LintFix, StandardInputIsAFilterTheReportGoesToStandardError) {
  TempTree tree;
  tree.write("in.md", sample("fr/amende-seine-chiffres-divergents.md"));
  const int exit_code = shell_in(tree.path(), "NO_COLOR=1 '" PRESSCHECK_BINARY
                                              "' lint --fix --format json --stdin-filename in.md "
                                              "- <in.md >fixed.md 2>report.json");
  EXPECT_EQ(read_file((tree.path() / "fixed.md").string()),
            replaced(sample("fr/amende-seine-chiffres-divergents.md"), "Thierry Bretton",
                     "Thierry Breton"));
  const std::vector<std::string> remaining =
      findings_of(read_file((tree.path() / "report.json").string()));
  EXPECT_FALSE(remaining.empty());
  EXPECT_EQ(std::count(remaining.begin(), remaining.end(), "fact.name-spelling 3:170"), 0);
  EXPECT_EQ(exit_code, 1);
  // The file itself is not touched, and stdin is fixed on its own.
  EXPECT_EQ(read_file((tree.path() / "in.md").string()),
            sample("fr/amende-seine-chiffres-divergents.md"));
  const auto mixed = run_in(tree.path(), "lint --fix - in.md < in.md");
  EXPECT_EQ(mixed.exit_code, 2);
  EXPECT_EQ(mixed.err,
            "presscheck: error: --fix: standard input (-) is fixed on its own, its text written "
            "to standard output; fix files in another run\n");
}

TEST(LintFix, JsonGivesTheRangeASuggestionReplaces) {
  const auto result =
      run_in(PRESSCHECK_SOURCE_DIR, "lint --format json samples/fr/amende-x-base-de-faits.md");
  int with_range = 0;
  const Json report = Json::parse(result.out);
  for (const Json& d : report["diagnostics"]) {
    if (!d.contains("suggestion_range"))
      continue;
    ++with_range;
    EXPECT_EQ(d["suggestion"], "L'ancien commissaire européen");
    EXPECT_EQ(d["suggestion_range"],
              Json::parse(R"({"line":10,"column":1,"end_line":10,"end_column":24})"));
  }
  EXPECT_EQ(with_range, 1) << result.out << result.err;
}

}  // namespace
}  // namespace presscheck
