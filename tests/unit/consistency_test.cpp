// consistency.number and consistency.date on small drafts, in both languages: what fires,
// where, with which words and evidence, and what stays silent.
#include <gtest/gtest.h>

#include "claim_lint.hpp"

namespace presscheck {
namespace {

using testing_support::claim_draft;
using testing_support::ClaimFinding;

std::vector<ClaimFinding> numbers(const std::string& draft, bool with_claims = true) {
  return testing_support::lint_for("consistency.number", draft, with_claims);
}

std::vector<ClaimFinding> dates(const std::string& draft) {
  return testing_support::lint_for("consistency.date", draft);
}

TEST(ConsistencyNumber, FiresOnAMisplacedDecimalCommaInFrench) {
  const auto findings =
      numbers(claim_draft("fr", "Une amende de 45 millions d'euros pour X",
                          "La Commission a infligé à X une amende de 4,5 millions d'euros mardi."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(
      findings[0],
      (ClaimFinding{"consistency.number", 3, 23,
                    "le titre donne « 45 millions d'euros » là où le corps donne « 4,5 "
                    "millions d'euros »",
                    "4,5 millions d'euros", "le corps donne « 4,5 millions d'euros »", 7, 43, ""}));
}

TEST(ConsistencyNumber, FiresOnTheHeadlineAndTheStandfirst) {
  const auto findings = numbers(
      claim_draft("fr", "Incendie d'usine : vingt morts",
                  "Le feu a pris dans la nuit.\n\nLes pompiers comptent 12 morts et 40 blessés.",
                  "Vingt morts dans l'incendie d'une usine de Rouen."));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0], (ClaimFinding{"consistency.number", 3, 28,
                                       "le titre donne « vingt » là où le corps donne « 12 »", "12",
                                       "le corps donne « 12 »", 10, 23, ""}));
  EXPECT_EQ(findings[1].line, 4u);
  EXPECT_EQ(findings[1].column, 14u);
  EXPECT_EQ(findings[1].message, "le chapô donne « Vingt » là où le corps donne « 12 »");
}

TEST(ConsistencyNumber, FiresOnAnAmountInEnglish) {
  const auto findings =
      numbers(claim_draft("en", "X hit with €45 million fine",
                          "The regulator imposed a €4.5 million fine on X on Tuesday."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            (ClaimFinding{"consistency.number", 3, 20,
                          "the headline says \"€45 million\" where the body says "
                          "\"€4.5 million\"",
                          "€4.5 million", "the body says \"€4.5 million\"", 7, 25, ""}));
}

TEST(ConsistencyNumber, FiresOnACountInEnglish) {
  const auto findings = numbers(claim_draft("en", "Twenty killed in factory blast",
                                            "Officials put the toll at 12 killed and 40 injured."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0], (ClaimFinding{"consistency.number", 3, 9,
                                       "the headline says \"Twenty\" where the body says \"12\"",
                                       "12", "the body says \"12\"", 7, 27, ""}));
}

TEST(ConsistencyNumber, SilentOnEqualAmountsWrittenDifferently) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Amende de 1,5 milliard d'euros pour X",
                                  "X devra payer une amende de 1 500 millions d'euros."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "X hit with €1.5bn fine",
                                  "The regulator imposed a €1,500 million fine on X."))
                  .empty());
}

TEST(ConsistencyNumber, SilentWhenTheValuesCountDifferentThings) {
  EXPECT_TRUE(numbers(claim_draft("fr", "45 millions d'euros d'amende pour X",
                                  "X a réalisé 4,5 millions d'euros de chiffre d'affaires."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "Twenty killed in factory blast",
                                  "Officials said 12 injured workers were taken to hospital."))
                  .empty());
  // Tonnes and kilograms of the same drug are two seizures, not one misread.
  EXPECT_TRUE(numbers(claim_draft("fr", "Saisie de 14 tonnes d'amphétamines",
                                  "En 2019, 190 kg d'amphétamines avaient été saisis."))
                  .empty());
}

TEST(ConsistencyNumber, SilentWhenSomeBodyValueAgrees) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Une amende de 45 millions d'euros pour X",
                                  "Une amende de 4,5 millions d'euros par jour de retard, soit "
                                  "45 millions d'euros en dix jours."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "X hit with €45 million fine",
                                  "A €4.5 million fine a day, so €45m over ten days."))
                  .empty());
}

TEST(ConsistencyNumber, SilentOnATotalTheBodyBreaksDown) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Audiences : 23,6 millions de téléspectateurs",
                                  "TF1 a réuni 10,4 millions de téléspectateurs et France 2 6,8 "
                                  "millions de téléspectateurs."))
                  .empty());
}

// The second figure of "X has 1.2 million members and Y has 800,000" counts members too:
// with it the body gives a breakdown, not one contradicting figure.
TEST(ConsistencyNumber, SilentOnATotalWhosePartsShareOneNoun) {
  EXPECT_TRUE(numbers(claim_draft("en", "Union merger would create two million members",
                                  "Amicus has 1.2 million members and the TGWU has 800,000."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("fr", "Fusion : un syndicat de deux millions d'adhérents",
                                  "La CFX compte 1,2 million d'adhérents et la CGY 800 000."))
                  .empty());
}

TEST(ConsistencyNumber, ABareFigureBorrowsOnlyWithinItsSentence) {
  const auto en = numbers(claim_draft("en", "Union merger would create two million members",
                                      "Amicus has 1.2 million members. The TGWU has 800,000."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].message, "the headline says \"two million\" where the body says \"1.2 million\"");
  const auto fr =
      numbers(claim_draft("fr", "Fusion : un syndicat de deux millions d'adhérents",
                          "La CFX compte 1,2 million d'adhérents. La CGY en a 800 000."));
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].message, "le titre donne « deux millions » là où le corps donne « 1,2 million »");
}

// A body figure told in a sentence dated another year counts something of that time.
TEST(ConsistencyNumber, SilentOnAFigureOfAnotherYear) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Le parquet demande un procès pour 11 suspects",
                                  "Un coup de filet en janvier 2021 avait conduit à la mise en "
                                  "examen de dix suspects."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "Prosecutors seek trial for 11 suspects",
                                  "A raid in January 2021 had led to charges against ten "
                                  "suspects."))
                  .empty());
}

TEST(ConsistencyNumber, FiresOnAFigureOfTheYearTheHeadlineNames) {
  const auto fr = numbers(claim_draft("fr", "En 2021, 11 suspects mis en examen",
                                      "Un coup de filet en janvier 2021 avait conduit à la mise "
                                      "en examen de dix suspects."));
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].message, "le titre donne « 11 » là où le corps donne « dix »");
  const auto en = numbers(claim_draft("en", "11 suspects charged in 2021",
                                      "A raid in January 2021 had led to charges against ten "
                                      "suspects."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].message, "the headline says \"11\" where the body says \"ten\"");
  // The article's own year is no other time.
  EXPECT_EQ(numbers(claim_draft("en", "Prosecutors seek trial for 11 suspects",
                                "A raid in June 2025 led to charges against ten suspects."))
                .size(),
            1u);
}

TEST(ConsistencyNumber, SilentOnAQuotedFigure) {
  EXPECT_TRUE(numbers(claim_draft("en", "Minister promises \"20 new hospitals\"",
                                  "The plan funds 12 new hospitals over five years."))
                  .empty());
}

TEST(ConsistencyNumber, SilentWithoutValues) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Une amende de 45 millions d'euros pour X",
                                  "La Commission a infligé une amende de 4,5 millions d'euros."),
                      false)
                  .empty());
}

TEST(ConsistencyDate, FiresOnAnotherDayInFrench) {
  const auto findings =
      dates(claim_draft("fr", "Vote de confiance du 4 juin : le gouvernement serein",
                        "Les députés se prononceront lors du vote de confiance du 14 juin."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            (ClaimFinding{"consistency.date", 3, 30,
                          "le titre donne la date « 4 juin » là où le corps donne « 14 juin »",
                          "14 juin", "le corps donne la date « 14 juin »", 7, 58, ""}));
}

TEST(ConsistencyDate, FiresOnAnotherDayInEnglish) {
  const auto findings = dates(
      claim_draft("en", "Lawmakers brace for confidence vote on June 4",
                  "Lawmakers will take part in the confidence vote on June 14, officials said."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            (ClaimFinding{"consistency.date", 3, 48,
                          "the headline gives the date \"June 4\" where the body gives \"June 14\"",
                          "June 14", "the body gives the date \"June 14\"", 7, 52, ""}));
}

TEST(ConsistencyDate, SilentWhenTheDatesAgreeAtTheCoarserPrecision) {
  EXPECT_TRUE(dates(claim_draft("fr", "Vote de confiance du 4 juin : le gouvernement serein",
                                "Le vote de confiance du mercredi 4 juin 2025 inquiète "
                                "l'opposition."))
                  .empty());
  EXPECT_TRUE(dates(claim_draft("en", "Confidence vote on June 4",
                                "The confidence vote on June 4 and the debate on June 14 will "
                                "close the session."))
                  .empty());
}

TEST(ConsistencyDate, SilentOnDatesOfOtherEvents) {
  EXPECT_TRUE(dates(claim_draft("fr", "Vote de confiance le 4 juin",
                                "Le débat du 14 juin précédera le scrutin."))
                  .empty());
  EXPECT_TRUE(dates(claim_draft("en", "Lawmakers brace for confidence vote on June 4",
                                "The debate on June 14 will prepare the confidence vote, set for "
                                "early June."))
                  .empty());
}

}  // namespace
}  // namespace presscheck
