// claim.previously-checked: a draft sentence that repeats a claim rated false or misleading
// is flagged with the verdict, the reviewer, the date and the review's address; a sentence
// that shares the topic, denies the claim, asks it, calls it false, changes its figure or is
// in the other language stays silent. The base holds the project's own ClaimReview samples
// (tests/data/claimreview), imported as a newsroom would.
#include <gtest/gtest.h>

#include "bundled_rules.hpp"
#include "factbase/claimreview_import.hpp"
#include "factbase/operations.hpp"
#include "factbase_test_util.hpp"
#include "lint/lint_runner.hpp"

namespace presscheck {
namespace {

using testing_support::bundled_rules_ptr;

const std::string kData = PRESSCHECK_SOURCE_DIR "/tests/data/claimreview/";

// One base for all the tests of this file, built and imported once.
std::shared_ptr<const ClaimReaders> readers_with_reviews() {
  static test::TempDir dir;
  static const auto readers = [] {
    test::write_file(dir / "base.jsonl", test::kMiniBase);
    const auto checked = facts::check_fact_files({(dir / "base.jsonl").string()});
    facts::write_database(checked.set, dir / "b.db", facts::Journal::rollback);
    const auto report = facts::import_claimreview(
        dir / "b.db",
        {kData + "single-fr.json", kData + "graph-en.json", kData + "array-mixed.json",
         kData + "factcheck-api.json"},
        {PRESSCHECK_SOURCE_DIR "/facts/claim-ratings.toml", std::nullopt});
    EXPECT_TRUE(report.files.problems.empty());
    return std::make_shared<const ClaimReaders>(
        bundled_rules_ptr(),
        std::make_shared<const FactIndex>(std::make_shared<const facts::FactBase>(dir / "b.db")));
  }();
  return readers;
}

struct Finding {
  std::size_t column = 0;
  std::string message;
  std::string note;
};

// Lints one paragraph under a neutral headline; keeps the findings of the check, with the
// note its fact gives in text output.
std::vector<Finding> findings(const std::string& lang, const std::string& sentence) {
  LintSettings settings;
  settings.rules = bundled_rules_ptr();
  settings.readers = readers_with_reviews();
  const std::string draft = "---\nlang: " + lang + "\ntitle: \"" +
                            (lang == "fr" ? "Le point sur la semaine" : "The week in review") +
                            "\"\ndate: 2025-06-20\n---\n\n" + sentence + "\n";
  const FileReport report = lint_text("draft.md", draft, settings);
  std::vector<Finding> found;
  for (const LocatedDiagnostic& d : report.diagnostics) {
    if (d.diagnostic.rule != "claim.previously-checked")
      continue;
    EXPECT_EQ(d.diagnostic.severity, Severity::warning);
    EXPECT_EQ(d.location.line, 7u);
    const FactEvidence& fact = d.diagnostic.fact.value();
    found.push_back({d.location.column, d.diagnostic.message,
                     fact.id.substr(0, 7) + " = " + fact.value + " [" + fact.point_in_time + "] " +
                         fact.source_url});
  }
  return found;
}

TEST(ClaimPreviouslyChecked, FiresOnAFrenchSentenceRepeatingAFalseClaim) {
  const auto found =
      findings("fr",
               "Le vaccin contre la grippe saisonnière rend les femmes stériles, selon une "
               "publication.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].column, 1u);
  EXPECT_EQ(found[0].message,
            "cette phrase reprend une affirmation jugée fausse par Les Vérificateurs (exemple) "
            "(« Faux », 4 novembre 2024) : « Le vaccin contre la grippe saisonnière rend les "
            "femmes stériles »");
  EXPECT_EQ(found[0].note,
            "review- = « Faux » (Les Vérificateurs (exemple)) [2024-11-04] "
            "https://verif.example.org/2024/11/vaccin-grippe-sterilite");
}

TEST(ClaimPreviouslyChecked, FiresOnReportedFiguresAndMisleadingClaimsInFrench) {
  const auto asylum =
      findings("fr",
               "Un élu l'a répété : selon lui, la France a accueilli 500 000 demandeurs d'asile en "
               "2023.");
  ASSERT_EQ(asylum.size(), 1u);
  EXPECT_EQ(asylum[0].message,
            "cette phrase reprend une affirmation jugée fausse par Les Vérificateurs (exemple) "
            "(« Faux. Les demandes enregistrées sont bien moins nombreuses. », 17 janvier 2024) : "
            "« La France a accueilli 500 000 demandeurs d'asile en 2023 »");
  EXPECT_EQ(asylum[0].column, 1u);  // the colon does not end the sentence
  const auto wage = findings("fr", "Le Smic a augmenté de 20 % depuis 2017, affirme-t-il.");
  ASSERT_EQ(wage.size(), 1u);
  EXPECT_EQ(wage[0].message,
            "cette phrase reprend une affirmation jugée trompeuse par Les Vérificateurs "
            "(exemple) (« Exagéré », 14 février 2024) : « Le Smic a augmenté de 20 % depuis "
            "2017 »");
}

TEST(ClaimPreviouslyChecked, FiresOnEnglishSentencesWithTextualAndNumericRatings) {
  const auto masts = findings("en", "5G masts spread the coronavirus, the video claims.");
  ASSERT_EQ(masts.size(), 1u);
  EXPECT_EQ(masts[0].message,
            "this sentence repeats a claim Fact Desk (example) rated false (\"Pants on Fire!\", 6 "
            "April 2020): \"5G masts spread the coronavirus\"");
  EXPECT_EQ(masts[0].note,
            "review- = \"Pants on Fire!\" (Fact Desk (example)) [2020-04-06] "
            "https://factdesk.example.org/checks/5g-masts-coronavirus");
  const auto water =
      findings("en", "Drinking hot water every 15 minutes kills the virus, a message says.");
  ASSERT_EQ(water.size(), 1u);
  EXPECT_EQ(water[0].message,
            "this sentence repeats a claim Fact Desk (example) rated false (23 March 2020): "
            "\"Drinking hot water every 15 minutes kills the virus\"");
  EXPECT_EQ(water[0].note,
            "review- = \"false\" (Fact Desk (example)) [2020-03-23] "
            "https://factdesk.example.org/checks/hot-water-virus");
  const auto bus =
      findings("en", "The UK sends 350 million pounds a week to the EU, the bus said.");
  ASSERT_EQ(bus.size(), 1u);
  EXPECT_EQ(bus[0].message,
            "this sentence repeats a claim Fact Desk (example) rated misleading (\"Misleading\", "
            "20 April 2016): \"The UK sends 350 million pounds a week to the EU\"");
}

struct SilentCase {
  const char* lang;
  const char* sentence;
  const char* why;
};

class StaysSilent : public ::testing::TestWithParam<SilentCase> {};

TEST_P(StaysSilent, OnASentenceThatDoesNotRepeatTheClaim) {
  EXPECT_TRUE(findings(GetParam().lang, GetParam().sentence).empty()) << GetParam().why;
}

INSTANTIATE_TEST_SUITE_P(
    ClaimPreviouslyChecked, StaysSilent,
    ::testing::Values(
        SilentCase{"fr", "Le vaccin contre la grippe saisonnière ne rend pas les femmes stériles.",
                   "denies the claim"},
        SilentCase{"fr",
                   "Il est faux de dire que le vaccin contre la grippe saisonnière rend les "
                   "femmes stériles.",
                   "calls it false"},
        SilentCase{"fr",
                   "La campagne de vaccination contre la grippe saisonnière s'ouvre pour les "
                   "femmes enceintes.",
                   "shares the topic only"},
        SilentCase{"fr", "La France a accueilli 167 000 demandeurs d'asile en 2023.",
                   "another figure"},
        SilentCase{"fr", "Le vaccin contre la grippe saisonnière rend-il les femmes stériles ?",
                   "asks"},
        SilentCase{"fr", "Le taux de chômage est passé sous 7 % en 2023.", "rated true"},
        SilentCase{"en", "Le vaccin contre la grippe saisonnière rend les femmes stériles.",
                   "a French claim in an English draft"},
        SilentCase{"fr", "Les antennes 5G propagent le coronavirus, selon la vidéo.",
                   "an English claim, translated, in a French draft"},
        SilentCase{"en", "5G masts do not spread the coronavirus.", "denies the claim"},
        SilentCase{"en", "The claim that 5G masts spread the coronavirus has been debunked.",
                   "calls it false"},
        SilentCase{"en", "Engineers installed new 5G masts across the city this spring.",
                   "shares the topic only"},
        SilentCase{"en", "The UK sends 150 million pounds a week to the EU.", "another figure"},
        SilentCase{"en", "Do 5G masts spread the coronavirus?", "asks"},
        SilentCase{"en",
                   "Drinking water matters, doctors say, and the virus that kills thousands "
                   "returns every winter, so hot soup for 15 minutes a day helps.",
                   "the claim's words scattered over a longer sentence"}));

}  // namespace
}  // namespace presscheck
