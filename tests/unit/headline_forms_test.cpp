// headline.negated-quote on the forms editors write: the negation away from the quote, a
// bare « pas », the verb inside the headline quote, inflected verbs, verbs that negate,
// and two speakers quoted in one body. French and English, must fire and must stay silent.
#include <gtest/gtest.h>

#include "quote_lint.hpp"

namespace presscheck {
namespace {

using Finding = testing_support::QuoteFinding;

// The headline.negated-quote findings of a draft with a headline and a body.
std::vector<Finding> negated(const std::string& lang, const std::string& title,
                             const std::string& body) {
  std::vector<Finding> findings =
      testing_support::lint_quotes(testing_support::quote_draft(lang, title, body));
  std::erase_if(findings, [](const Finding& f) { return f.rule != "headline.negated-quote"; });
  return findings;
}

TEST(HeadlineForms, ANegationSeveralWordsBeforeTheQuote) {
  const auto fr = negated("fr", "Le ministre ne trouve plus le plan « réaliste »",
                          "Le ministre juge le plan « réaliste », a-t-il dit.");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0], (Finding{"headline.negated-quote", 3, 44,
                            "le titre met à la forme négative la citation « réaliste », que le "
                            "corps rapporte à la forme affirmative",
                            "réaliste"}));
  const auto en = negated("en", "Minister does not think the scheme \"workable\"",
                          "The minister said the scheme was \"workable\".");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].message,
            "the headline negates the quote \"workable\", which the body reports without a "
            "negation");
}

TEST(HeadlineForms, ABarePasOrNotBeforeTheQuote) {
  EXPECT_EQ(
      negated("fr", "Un chantier pas « urgent »", "Le chantier est « urgent », selon le maire.")
          .size(),
      1u);
  EXPECT_EQ(negated("en", "Inflation not \"temporary\", says governor",
                    "The governor said inflation was \"temporary\".")
                .size(),
            1u);
}

// After a copula the determiner opens a predicate, which the negation reaches; after another
// verb it opens a thing named, which it does not.
TEST(HeadlineForms, ANegatedCopulaReachesAQuoteAfterADeterminer) {
  EXPECT_EQ(negated("en", "Charity match won''t be a \"great initiative\"",
                    "Mr Smith said the charity match was a \"great initiative\".")
                .size(),
            1u);
  EXPECT_EQ(negated("fr", "Le match ne sera pas une « belle initiative »",
                    "Le capitaine a jugé que le match était une « belle initiative ».")
                .size(),
            1u);
  EXPECT_EQ(negated("fr", "Les chantiers du « Ségur de la santé »",
                    "« Il ne faut pas pervertir ce « Ségur de la santé » », dit-il.")
                .size(),
            0u);
  EXPECT_EQ(negated("en", "Talks on the \"Good Friday Agreement\"",
                    "They must not betray the \"Good Friday Agreement\".")
                .size(),
            0u);
}

TEST(HeadlineForms, TheHeadlineQuotesTheVerbTheBodyLeavesOut) {
  const auto fr = negated("fr", "La CGT « n''est pas opposée » à la réforme",
                          "La CGT est « opposée » à la réforme, a dit son chef.");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].evidence, "opposée");
  const auto en = negated("en", "UK \"won''t sign\" deal", "\"We will sign,\" the minister said.");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].evidence, "We will sign,");
}

TEST(HeadlineForms, InflectedVerbsAreTheSameWords) {
  EXPECT_EQ(
      negated("en", "PM \"doesn''t support the plan\"", "The PM said he \"supports the plan\".")
          .size(),
      1u);
  EXPECT_EQ(negated("fr", "Le maire « n''approuve pas le projet »",
                    "Le maire a dit qu'il « approuvait le projet ».")
                .size(),
            1u);
}

TEST(HeadlineForms, SilentWhenBothNegateTheSameWay) {
  EXPECT_EQ(
      negated("fr", "Le maire : pas de « report »", "Le maire a exclu tout « report ».").size(),
      0u);
  EXPECT_EQ(negated("en", "Mayor: no \"delay\"", "The mayor ruled out any \"delay\".").size(), 0u);
  EXPECT_EQ(negated("en", "UK \"will sign\" deal", "\"We will sign,\" the minister said.").size(),
            0u);
}

// The body quotes the opposition and the minister, who disagree: the headline is held only
// to its own speaker's words.
TEST(HeadlineForms, OnlyTheSameSpeakersQuoteCounts) {
  const std::string fr_body =
      "La réforme est « injuste », dénonce l'opposition. Le ministre juge qu'elle n'est pas "
      "« injuste ».";
  EXPECT_EQ(negated("fr", "Le ministre juge la réforme « injuste »", fr_body).size(), 1u);
  EXPECT_EQ(negated("fr", "L''opposition juge la réforme « injuste »", fr_body).size(), 0u);
  const std::string en_body =
      "The reform is \"unfair\", the opposition said. The minister said it was not "
      "\"unfair\".";
  EXPECT_EQ(negated("en", "Minister calls reform \"unfair\"", en_body).size(), 1u);
  EXPECT_EQ(negated("en", "Opposition says reform \"unfair\"", en_body).size(), 0u);
}

}  // namespace
}  // namespace presscheck
