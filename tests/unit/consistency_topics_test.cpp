// consistency.number and consistency.date on the forms issue 13 lists: casualty words that
// name one toll, a figure whose topic a preposition gives, roundings that cannot agree
// across their boundary, a weekday against a full date, and a year against a year.
#include <gtest/gtest.h>

#include "claim_lint.hpp"

namespace presscheck {
namespace {

using testing_support::claim_draft;
using testing_support::ClaimFinding;

std::vector<ClaimFinding> numbers(const std::string& draft) {
  return testing_support::lint_for("consistency.number", draft);
}

std::vector<ClaimFinding> dates(const std::string& draft) {
  return testing_support::lint_for("consistency.date", draft);
}

ClaimFinding number_finding(std::size_t column, std::string message, std::string evidence,
                            std::string note, std::size_t evidence_column) {
  return {
      "consistency.number", 3, column, std::move(message), std::move(evidence), std::move(note), 7,
      evidence_column,      ""};
}

ClaimFinding date_finding(std::size_t column, std::string message, std::string evidence,
                          std::string note, std::size_t evidence_column) {
  return {
      "consistency.date", 3, column, std::move(message), std::move(evidence), std::move(note), 7,
      evidence_column,    ""};
}

// « 15 morts » and « 9 personnes ont été tuées » count one toll: the people noun names no
// topic, the casualty word after it does.
TEST(ConsistencyTopics, CasualtyWordsNameOneTollInFrench) {
  const auto findings =
      numbers(claim_draft("fr", "Explosion dans une usine : 15 morts",
                          "Neuf personnes ont été tuées dans l'explosion de la chaudière."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0], number_finding(36, "le titre donne « 15 » là où le corps donne « Neuf »",
                                        "Neuf", "le corps donne « Neuf »", 1));
}

TEST(ConsistencyTopics, CasualtyWordsNameOneTollInEnglish) {
  const auto findings = numbers(claim_draft("en", "15 dead in factory blast",
                                            "Nine people were killed when the boiler exploded."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0], number_finding(9, "the headline says \"15\" where the body says \"Nine\"",
                                        "Nine", "the body says \"Nine\"", 1));
}

// The auxiliary between the people noun and the participle is skipped in any tense:
// « personnes étaient contaminées » counts the infected as « personnes sont contaminées » does.
TEST(ConsistencyTopics, APeopleNounThenAnImperfectAuxiliaryThenTheParticiple) {
  const auto findings = numbers(claim_draft(
      "fr", "Covid : 1.087 personnes étaient contaminées dans le canton",
      "Lundi soir, les autorités ont annoncé que 1.553 personnes étaient contaminées."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].evidence, "1.553");
}

TEST(ConsistencyTopics, SilentWhenTheInjuredAreCountedAgainstTheDead) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Explosion dans une usine : 15 morts",
                                  "34 personnes ont été blessées dans l'explosion."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "15 dead in factory blast",
                                  "34 people were injured when the boiler exploded."))
                  .empty());
}

// « un adolescent de 16 ans tué » gives an age: the casualty word after the unit is no toll.
TEST(ConsistencyTopics, SilentOnAgesBeforeACasualtyWord) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Un adolescent de 16 ans tué par balles",
                                  "Jeudi, un homme de 18 ans avait déjà été tué par balles."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "Boy of 16 years killed in shooting",
                                  "On Thursday a man of 18 years was killed nearby."))
                  .empty());
}

TEST(ConsistencyTopics, APurposePrepositionGivesTheTopicInFrench) {
  const auto findings =
      numbers(claim_draft("fr", "Le gouvernement promet 3,4 milliards pour les hôpitaux",
                          "Le ministre a confirmé 2,4 milliards d'euros pour les hôpitaux."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(
      findings[0],
      number_finding(32,
                     "le titre donne « 3,4 milliards » là où le corps donne « 2,4 milliards "
                     "d'euros »",
                     "2,4 milliards d'euros", "le corps donne « 2,4 milliards d'euros »", 24));
}

TEST(ConsistencyTopics, APurposePrepositionGivesTheTopicInEnglish) {
  const auto findings =
      numbers(claim_draft("en", "Government pledges £3.4bn for hospitals",
                          "The minister confirmed £2.4bn for hospitals over five years."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            number_finding(28, "the headline says \"£3.4bn\" where the body says \"£2.4bn\"",
                           "£2.4bn", "the body says \"£2.4bn\"", 24));
}

TEST(ConsistencyTopics, SilentWhenThePurposeDiffers) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Le gouvernement promet 3,4 milliards pour les hôpitaux",
                                  "Le ministre a confirmé 2,4 milliards d'euros pour les écoles."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "Government pledges £3.4bn for hospitals",
                                  "The minister confirmed £2.4bn for schools."))
                  .empty());
}

// 2.6 % and 2.7 % only touch at 2.65: an unrelated 2.7 % no longer covers a headline 2.6 %
// that the body's own figure contradicts.
TEST(ConsistencyTopics, AnUnrelatedNeighbourDoesNotAgreeInFrench) {
  const auto findings =
      numbers(claim_draft("fr", "Un taux d'inflation de 2,6 % inquiète la banque",
                          "Le taux d'inflation de 2,5 % en mai inquiète la banque. Une hausse "
                          "des salaires de 2,7 % a soulagé les ménages."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            number_finding(32, "le titre donne « 2,6 % » là où le corps donne « 2,5 % »", "2,5 %",
                           "le corps donne « 2,5 % »", 24));
}

TEST(ConsistencyTopics, AnUnrelatedNeighbourDoesNotAgreeInEnglish) {
  const auto findings =
      numbers(claim_draft("en", "Inflation rate of 2.6% worries the bank",
                          "The inflation rate of 2.5% in May worried the bank. Wage growth of "
                          "2.7% eased the pressure."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            number_finding(27, "the headline says \"2.6%\" where the body says \"2.5%\"", "2.5%",
                           "the body says \"2.5%\"", 23));
}

// A bare 30 is exact: « 34 autres » injured neither agree with it nor name its topic.
TEST(ConsistencyTopics, ABareCountIsExact) {
  const auto fr =
      numbers(claim_draft("fr", "Accident de car : 30 morts",
                          "L'accident a fait 28 morts, et 34 autres personnes ont été blessées."));
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0], number_finding(27, "le titre donne « 30 » là où le corps donne « 28 »", "28",
                                  "le corps donne « 28 »", 19));
  const auto en = numbers(claim_draft("en", "Bus crash: 30 dead",
                                      "The crash killed 28 people, and 34 others were injured."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0], number_finding(20, "the headline says \"30\" where the body says \"28\"", "28",
                                  "the body says \"28\"", 18));
}

TEST(ConsistencyTopics, SilentWhenAnApproximatorWidensTheCount) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Accident de car : environ 30 morts",
                                  "L'accident a fait 28 morts."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "Bus crash: about 30 dead", "The crash killed 28 people."))
                  .empty());
}

TEST(ConsistencyTopics, SilentOnRangesAndParts) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Municipales : la liste obtient 16 % des voix",
                                  "La liste obtient entre 13,7 et 15 % des voix."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("fr", "Attentat : cinq Français condamnés",
                                  "L'attentat avait fait 45 morts, dont trois Français."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "Poll gives the party 16% of the vote",
                                  "The party gets between 13.7 and 15% of the vote."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "Five Britons convicted",
                                  "The attack killed 45 people, including three Britons."))
                  .empty());
}

// A standfirst that repeats a body sentence with another figure: no noun is tied to « 49 »,
// but the words around it are the body's.
TEST(ConsistencyTopics, AFigureAmidTheBodysWords) {
  const auto fr = numbers(claim_draft("fr", "La chanteuse en vacances",
                                      "La chanteuse, qui vient de fêter ses 38 ans, est partie.",
                                      "La chanteuse, qui vient de fêter ses 49 ans, est partie."));
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].message, "le chapô donne « 49 » là où le corps donne « 38 »");
  EXPECT_EQ(fr[0].line, 4u);
  EXPECT_EQ(fr[0].evidence_line, 8u);
  const auto en = numbers(claim_draft("en", "Pope and Talbot raises money",
                                      "Pope and Talbot is raising 40 mln dlrs via an offering.",
                                      "Pope and Talbot is raising 20 mln dlrs via an offering."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].message,
            "the standfirst says \"20 mln dlrs\" where the body says \"40 mln dlrs\"");
}

// « il y a _ ans » names nothing: a century and a decade ago are two different things.
TEST(ConsistencyTopics, SilentAmidWordsThatNameNothing) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Le traité signé il y a 100 ans",
                                  "Le dirigeant est revenu au pouvoir il y a dix ans."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "The treaty signed 100 years ago",
                                  "The leader came back to power ten years ago."))
                  .empty());
}

// The draft is dated Friday 20 June 2025: the body's Tuesday 24 June is the week the
// headline's Monday names.
TEST(ConsistencyTopics, AHeadlineWeekdayAgainstTheBodysFullDateInFrench) {
  const auto findings = dates(claim_draft("fr", "Grève lundi à la SNCF",
                                          "Les syndicats ont confirmé la grève du mardi 24 juin."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(
      findings[0],
      date_finding(15, "le titre donne la date « lundi » là où le corps donne « mardi 24 juin »",
                   "mardi 24 juin", "le corps donne la date « mardi 24 juin »", 40));
}

TEST(ConsistencyTopics, AHeadlineWeekdayAgainstTheBodysFullDateInEnglish) {
  const auto findings = dates(claim_draft("en", "Rail strike called for Monday",
                                          "Unions confirmed the strike on Tuesday 24 June."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            date_finding(32,
                         "the headline gives the date \"Monday\" where the body gives "
                         "\"Tuesday 24 June\"",
                         "Tuesday 24 June", "the body gives the date \"Tuesday 24 June\"", 32));
}

// A date far from the article's week falls on some weekday by chance: the 26 May (a
// Monday, four weeks earlier) and « fin juin » cannot say the headline's Monday was right.
TEST(ConsistencyTopics, AFarDateOnTheSameWeekdayDoesNotConfirmTheHeadlinesWeekday) {
  const auto fr = dates(claim_draft("fr", "Grève lundi à la SNCF",
                                    "Les syndicats ont confirmé la grève du mardi 24 juin. Une "
                                    "première grève avait eu lieu le 26 mai, et une autre est "
                                    "prévue fin juin."));
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].evidence, "mardi 24 juin");
  const auto en = dates(claim_draft("en", "Rail strike called for Monday",
                                    "Unions confirmed the strike on Tuesday 24 June. A first "
                                    "strike was held on 26 May."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].evidence, "Tuesday 24 June");
}

TEST(ConsistencyTopics, SilentWhenTheWeekdaysAgreeOrTheDateIsFar) {
  EXPECT_TRUE(dates(claim_draft("fr", "Grève lundi à la SNCF",
                                "Les syndicats ont confirmé la grève du lundi 23 juin."))
                  .empty());
  EXPECT_TRUE(dates(claim_draft("en", "Rail strike called for Monday",
                                "Unions confirmed the strike on Monday 23 June."))
                  .empty());
  // Three weeks after the article: another strike than the week's.
  EXPECT_TRUE(dates(claim_draft("en", "Rail strike called for Monday",
                                "A second strike on Tuesday 15 July is planned."))
                  .empty());
  // The body's date is of another event.
  EXPECT_TRUE(dates(claim_draft("fr", "Grève lundi à la SNCF",
                                "Les syndicats se réuniront le mardi 24 juin."))
                  .empty());
}

TEST(ConsistencyTopics, AYearAgainstAYear) {
  const auto en = dates(claim_draft("en", "Turnout fell in 2019 election",
                                    "Turnout in the 2017 election was the lowest in decades."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0],
            date_finding(25, "the headline gives the date \"2019\" where the body gives \"2017\"",
                         "2017", "the body gives the date \"2017\"", 16));
  const auto fr = dates(claim_draft("fr", "La participation à l'élection de 2019 en baisse",
                                    "La participation à l'élection de 2017 était la plus faible."));
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0], date_finding(42, "le titre donne la date « 2019 » là où le corps donne « 2017 »",
                                "2017", "le corps donne la date « 2017 »", 34));
}

TEST(ConsistencyTopics, SilentWhenTheBodyGivesTheYearOrItIsTheArticlesYear) {
  EXPECT_TRUE(dates(claim_draft("en", "Turnout fell in 2019 election",
                                "Turnout was 61%, down from 2017 election levels. The vote "
                                "was held in December 2019."))
                  .empty());
  // Dated 2025: the body calls it "this year's election".
  EXPECT_TRUE(dates(claim_draft("en", "Turnout fell in 2025 election",
                                "Turnout in this year's vote was below the 2017 election."))
                  .empty());
  EXPECT_TRUE(dates(claim_draft("fr", "La participation à l'élection de 2019 en baisse",
                                "Elle était plus forte qu'à l'élection de 2017, mais en 2019 "
                                "les électeurs ont boudé les urnes."))
                  .empty());
}

}  // namespace
}  // namespace presscheck
