// consistency.number and consistency.date when the standfirst or headline copies a body
// sentence with one figure changed: the words around the figure say which body figure it
// stands for, even where the body gives other figures about the same thing.
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

ClaimFinding standfirst_finding(std::string rule, std::size_t column, std::string message,
                                std::string evidence, std::string note,
                                std::size_t evidence_column) {
  return {std::move(rule), 4, column, std::move(message), std::move(evidence), std::move(note), 8,
          evidence_column, ""};
}

// The body gives two amounts for the issue (440 and 400), which alone would read as a
// breakdown; the standfirst's words around « 620 » are those around « 440 ».
TEST(ConsistencyEcho, AStandfirstCopyingTheLeadWithAnotherFigureInEnglish) {
  const auto findings = numbers(claim_draft(
      "en", "Paper issue only in Canada",
      "The paper issue of up to 440 mln dlrs will be made only in Canada, a spokesman said. "
      "The final amount will likely be close to 400 mln dlrs.",
      "The paper issue of up to 620 mln dlrs will be made only in Canada, a spokesman said."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            standfirst_finding("consistency.number", 33,
                               "the standfirst says \"up to 620 mln dlrs\" where the body says "
                               "\"up to 440 mln dlrs\"",
                               "up to 440 mln dlrs", "the body says \"up to 440 mln dlrs\"", 20));
}

TEST(ConsistencyEcho, AStandfirstCopyingTheLeadWithAnotherFigureInFrench) {
  const auto findings = numbers(claim_draft(
      "fr", "Un bilan qui s'alourdit",
      "Selon le ministère, 2.979 nouveaux cas ont été enregistrés, ce qui porte le bilan "
      "total à 154.445. La veille, 2.500 cas avaient été recensés.",
      "Selon le ministère, 4.468 nouveaux cas ont été enregistrés, ce qui porte le bilan "
      "total à 154.445."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            standfirst_finding("consistency.number", 34,
                               "le chapô donne « 4.468 » là où le corps donne « 2.979 »", "2.979",
                               "le corps donne « 2.979 »", 21));
}

// « plus de 20 » agrees with many figures, but not with the « plus de 10 » its sentence
// copies: the same approximator before both leaves the figures themselves to compare.
TEST(ConsistencyEcho, TheSameApproximatorOnBothSidesComparesTheFigures) {
  const auto en = numbers(claim_draft(
      "en", "Mobil to make food packaging",
      "Mobil will raise production to an annual rate of more than 20 mln pounds of products.",
      "Mobil will raise production to an annual rate of more than 10 mln pounds of products."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].evidence, "more than 20 mln pounds");
  const auto fr = numbers(claim_draft(
      "fr", "Une pétition à Bron",
      "Un collectif s'est monté à Bron et sa pétition a obtenu plus de 1.000 signatures.",
      "Un collectif s'est monté à Bron et sa pétition a obtenu plus de 2.000 signatures."));
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].evidence, "plus de 1.000");
}

TEST(ConsistencyEcho, SilentWhenTheCopyKeepsTheFigure) {
  EXPECT_TRUE(numbers(claim_draft("en", "Paper issue only in Canada",
                                  "The paper issue of up to 440 mln dlrs will be made only in "
                                  "Canada. The final amount will be close to 400 mln dlrs.",
                                  "The paper issue of up to 440 mln dlrs will be made only in "
                                  "Canada."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("fr", "Un bilan qui s'alourdit",
                                  "Selon le ministère, 2.979 nouveaux cas ont été enregistrés "
                                  "mardi. La veille, 2.500 cas avaient été recensés.",
                                  "Selon le ministère, 2.979 nouveaux cas ont été enregistrés "
                                  "mardi."))
                  .empty());
}

// A toll the body updates further down: the standfirst's figure is the later one.
TEST(ConsistencyEcho, SilentWhenTheBodyGivesTheFigureAgainElsewhere) {
  EXPECT_TRUE(numbers(claim_draft("fr", "Incendie à Lyon",
                                  "Selon les pompiers, l'incendie a fait 10 morts dans la nuit de "
                                  "lundi. Un dernier bilan fait état de 12 morts.",
                                  "Selon les pompiers, l'incendie a fait 12 morts dans la nuit de "
                                  "lundi."))
                  .empty());
  EXPECT_TRUE(numbers(claim_draft("en", "Fire in Leeds",
                                  "Firefighters said the blaze left 10 dead during the night. A "
                                  "later toll gave 12 dead.",
                                  "Firefighters said the blaze left 12 dead during the night."))
                  .empty());
}

// Too few words in common: two sentences about different things that share a short phrase.
TEST(ConsistencyEcho, SilentWhenOnlyAShortPhraseIsShared) {
  EXPECT_TRUE(numbers(claim_draft("en", "Budget vote",
                                  "The council approved 40 posts. The plan costs 3 mln dlrs.",
                                  "The mayor approved 25 schools for the city."))
                  .empty());
}

TEST(ConsistencyEcho, AChangedDateInACopiedSentence) {
  const auto findings = dates(claim_draft(
      "en", "Talks resume",
      "The two sides will meet again on March 12 in Geneva, the ministry said. A first round "
      "was held on March 2.",
      "The two sides will meet again on March 15 in Geneva, the ministry said."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].evidence, "March 12");
}

}  // namespace
}  // namespace presscheck
