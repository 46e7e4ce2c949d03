// headline.negated-quote and quote.not-in-body on small drafts, in both languages: what
// fires, where, with which words, and what stays silent.
#include <gtest/gtest.h>

#include "quote_lint.hpp"

namespace presscheck {
namespace {

using Finding = testing_support::QuoteFinding;

std::vector<Finding> lint(const std::string& draft) {
  return testing_support::lint_quotes(draft);
}

std::string draft(const std::string& lang, const std::string& title, const std::string& body,
                  const std::string& standfirst = "") {
  return testing_support::quote_draft(lang, title, body, standfirst);
}

TEST(HeadlineNegatedQuote, FiresOnTheFoundingCase) {
  const auto findings =
      lint(draft("fr", "L''UE ne « prend pas très au sérieux » les vidéos de Grok",
                 "La Commission a déclaré que l'UE prenait « très au sérieux » ces vidéos."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            (Finding{"headline.negated-quote", 3, 15,
                     "le titre met à la forme négative la citation « prend pas très au sérieux », "
                     "que le corps rapporte à la forme affirmative",
                     "très au sérieux"}));
}

TEST(HeadlineNegatedQuote, FiresOnTheReverseInBothLanguages) {
  auto fr = lint(
      draft("fr", "Le rappel est « indispensable »", "Le ministre le juge « pas indispensable »."));
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].rule, "headline.negated-quote");
  EXPECT_EQ(fr[0].evidence, "pas indispensable");
  auto en = lint(draft("en", "Booster \"essential\", minister says",
                       "The minister said the booster was \"not essential\"."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].message,
            "the headline quotes \"essential\" without the negation the body gives it");
}

TEST(HeadlineNegatedQuote, FiresOnAStandfirstInEnglish) {
  const auto findings = lint(draft("en", "Brussels reacts to Grok videos",
                                   "A spokesman said the EU takes them \"very seriously\".",
                                   "The EU does \"not take very seriously\" the videos."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].line, 4u);
  EXPECT_EQ(findings[0].message,
            "the standfirst negates the quote \"not take very seriously\", which the body reports "
            "without a negation");
}

TEST(HeadlineNegatedQuote, SilentWhenBothSidesCarryTheSameNegation) {
  EXPECT_TRUE(lint(draft("fr", "Le gouvernement « ne reculera pas »",
                         "« Le gouvernement ne reculera pas », a dit le ministre."))
                  .empty());
  EXPECT_TRUE(lint(draft("en", "Government \"won''t back down\"",
                         "\"The government won't back down,\" the minister said."))
                  .empty());
}

TEST(HeadlineNegatedQuote, SilentWhenTheBodyQuotesTheWordsBothWays) {
  EXPECT_TRUE(lint(draft("fr", "L''UE ne « prend pas au sérieux » la menace",
                         "Certains disent qu'elle prend « au sérieux » la menace. Elle ne la "
                         "« prend pas au sérieux », répond un élu."))
                  .empty());
}

// The headline's one word stands in a longer body quote that says it without a negation:
// whoever denies it elsewhere in the body, the headline reports someone faithfully.
TEST(HeadlineNegatedQuote, SilentWhenALongerBodyQuoteSaysTheWordTheSameWay) {
  EXPECT_TRUE(lint(draft("en", "Howard says Labour is \"rattled\"",
                         "\"Someone out there is just a little bit rattled,\" Mr Howard said. "
                         "Mrs Beckett said Labour was not \"rattled\"."))
                  .empty());
  EXPECT_TRUE(lint(draft("fr", "Pour le maire, la majorité est « inquiète »",
                         "« La majorité est un petit peu inquiète », dit le maire. Son adjoint "
                         "assure qu'elle n'est pas « inquiète »."))
                  .empty());
}

TEST(HeadlineNegatedQuote, ALongerBodyQuoteSayingTheOppositeIsNoEvidence) {
  // Only the one-word body quote, negated, pairs with the headline's; the longer quote that
  // holds the word under a negation is too loose to add a second contradiction.
  const auto en = lint(draft("en", "Labour is \"rattled\"",
                             "\"They are not even a little bit rattled,\" a minister said. "
                             "Mrs Beckett said Labour was not \"rattled\"."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].rule, "headline.negated-quote");
  EXPECT_EQ(en[0].evidence, "rattled");
}

TEST(HeadlineNegatedQuote, SilentWhenTheBodyNegationIsAboutSomethingElse) {
  EXPECT_TRUE(lint(draft("fr", "Les chantiers du « Ségur de la santé »",
                         "« Il ne faut pas pervertir ce Ségur de la santé », dit-il. Le « Ségur "
                         "de la santé » s'ouvre lundi."))
                  .empty());
  EXPECT_TRUE(lint(draft("fr", "Le Pen nie des « discriminations raciales »",
                         "« Je ne crois pas qu'il y ait des discriminations raciales », dit-elle."))
                  .empty());
}

TEST(QuoteNotInBody, FiresOnAHeadlineQuoteNowhereInTheArticle) {
  const auto findings = lint(draft("fr", "La ministre promet une réforme « juste et rapide »",
                                   "La ministre a présenté une réforme « équilibrée »."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0], (Finding{"quote.not-in-body", 3, 40,
                                  "la citation « juste et rapide » du titre ne figure nulle part "
                                  "dans l'article",
                                  ""}));
}

TEST(QuoteNotInBody, AcceptsAShortenedFormWrittenAnyOtherWay) {
  // Case, apostrophes, quote style, no-break spaces and an ellipsis do not matter.
  EXPECT_TRUE(lint(draft("fr", "Le ministre : « L’État… doit agir »",
                         "Le ministre a dit : \"l'état, a-t-il insisté, doit agir vite\"."))
                  .empty());
  EXPECT_TRUE(
      lint(draft("en", "Minister: \"we WILL act\"", "The minister said: “We will act on this”."))
          .empty());
}

TEST(QuoteNotInBody, AHeadlineMayDropAnEditorsInsertion) {
  EXPECT_TRUE(lint(draft("fr", "Véran : « le gros de l''épidémie est derrière nous »",
                         "« Le gros de l'épidémie (de Covid-19) est derrière nous », a-t-il dit."))
                  .empty());
  // Dropping a word of the speaker's own is still a misquote.
  EXPECT_EQ(lint(draft("fr", "Jouzel : « Nous n''avons que trois ans devant nous »",
                       "« Nous n'avons plus que trois ans devant nous », alerte-t-il."))
                .size(),
            1u);
}

TEST(QuoteNotInBody, FindsHeadlineQuotesInTheStandfirstToo) {
  EXPECT_TRUE(lint(draft("en", "Mayor vows \"a tram by spring\"", "The council met on Thursday.",
                         "The mayor promised \"a tram by spring\"."))
                  .empty());
}

TEST(QuoteNotInBody, ShortScareQuotesStaySilentUnlessAttributed) {
  EXPECT_TRUE(
      lint(draft("fr", "Remaniement : place au « casting »", "Le président consulte.")).empty());
  EXPECT_TRUE(lint(draft("en", "Brokers swap \"tips\" over lunch", "Traders met.")).empty());
  const auto fr =
      lint(draft("fr", "Le ministre dénonce une « trahison »", "Le ministre s'est exprimé."));
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].rule, "quote.not-in-body");
  const auto en = lint(draft("en", "Breton slams \"absurd\" sanctions", "Breton spoke on Monday."));
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].rule, "quote.not-in-body");
  const auto colon = lint(draft("fr", "Macron : « jamais »", "Le président a parlé."));
  ASSERT_EQ(colon.size(), 1u);
}

TEST(QuoteNotInBody, NamesInQuotesAreNotClaims) {
  EXPECT_TRUE(lint(draft("en", "Embassy removes its \"Black Lives Matter\" banner",
                         "The embassy took the banner down."))
                  .empty());
}

TEST(QuoteNotInBody, AStandfirstQuoteIsHeldOnlyToTheBodyQuoteItAlters) {
  const auto silent = lint(draft("fr", "Budget", "Le ministre a parlé.",
                                 "Il défend un texte « équilibré, lisible et financé »."));
  EXPECT_TRUE(silent.empty());
  const auto fires = lint(
      draft("fr", "Budget", "Il défend un texte « équilibré, lisible et financé sur cinq ans ».",
            "Il défend un texte « équilibré, lisible et financé sur dix ans »."));
  ASSERT_EQ(fires.size(), 1u);
  EXPECT_EQ(fires[0].message,
            "la citation « équilibré, lisible et financé sur dix ans » du chapô "
            "diffère de celle du corps");
  EXPECT_EQ(fires[0].evidence, "équilibré, lisible et financé sur cinq ans");
}

TEST(QuoteNotInBody, NegatedQuoteExplainsTheQuoteAlone) {
  const auto findings = lint(draft("en", "EU \"not taking very seriously\" the videos",
                                   "The EU is taking the videos \"very seriously\"."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "headline.negated-quote");
}

}  // namespace
}  // namespace presscheck
