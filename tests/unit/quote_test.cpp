#include <gtest/gtest.h>

#include "bundled_rules.hpp"
#include "lint/lint_runner.hpp"
#include "text/quote.hpp"

namespace presscheck {
namespace {

std::vector<std::string> quoted(const std::string& text) {
  std::vector<std::string> out;
  for (const Quote& quote : find_quotes(text, {0, text.size()})) {
    out.push_back(text.substr(quote.inner.begin, quote.inner.size()));
  }
  return out;
}

TEST(Quotes, GuillemetsWithAndWithoutNoBreakSpaces) {
  EXPECT_EQ(quoted("Il prend « très au sérieux » la menace."),
            std::vector<std::string>{"très au sérieux"});
  EXPECT_EQ(quoted("Il prend «\u202Ftrès au sérieux\u202F» la menace."),
            std::vector<std::string>{"très au sérieux"});
  EXPECT_EQ(quoted("Il prend «\u00A0très\u00A0» et «sérieux»."),
            (std::vector<std::string>{"très", "sérieux"}));
}

TEST(Quotes, CurlyAndStraightDoubleQuotes) {
  EXPECT_EQ(quoted("He said “very seriously” twice."), std::vector<std::string>{"very seriously"});
  EXPECT_EQ(quoted("He said \"very seriously\", then \"no\"."),
            (std::vector<std::string>{"very seriously", "no"}));
}

TEST(Quotes, SingleQuotesAreNotApostrophes) {
  EXPECT_EQ(quoted("The EU ‘takes it seriously’, don’t doubt it."),
            std::vector<std::string>{"takes it seriously"});
  EXPECT_EQ(quoted("EU 'takes it seriously' in Musk's view"),
            std::vector<std::string>{"takes it seriously"});
  EXPECT_TRUE(quoted("L'UE et l’État n'ont rien dit, aujourd'hui.").empty());
  EXPECT_TRUE(quoted("The investors' money is the bank's.").empty());
}

TEST(Quotes, NestedQuotesKeepTheirDepth) {
  const std::string text = "« Il m'a dit “jamais” hier », dit-elle.";
  const auto quotes = find_quotes(text, {0, text.size()});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].depth, 0);
  EXPECT_EQ(text.substr(quotes[0].inner.begin, quotes[0].inner.size()), "Il m'a dit “jamais” hier");
  EXPECT_EQ(quotes[1].depth, 1);
  EXPECT_EQ(text.substr(quotes[1].inner.begin, quotes[1].inner.size()), "jamais");
}

TEST(Quotes, AQuoteLeftOpenRunsToTheEndOfItsParagraph) {
  const std::string text = "« Nous irons jusqu'au bout";
  const auto quotes = find_quotes(text, {0, text.size()});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_FALSE(quotes[0].closed);
  EXPECT_TRUE(quoted("Il a dit \"nous irons").empty());  // straight quotes must close
}

TEST(Quotes, YamlEscapedQuotesLoseTheirBackslash) {
  EXPECT_EQ(quoted(R"(EU \"not taking it seriously\" say)"),
            std::vector<std::string>{"not taking it seriously"});
}

TEST(Quotes, EveryUnicodeSpaceNextToTheMarksIsTrimmed) {
  for (const char* space : {"\u00A0", "\u202F", "\u2009", "\u2007", "\u205F", "\u3000"}) {
    const std::string text = std::string("Il prend «") + space + "très au sérieux" + space + "».";
    EXPECT_EQ(quoted(text), std::vector<std::string>{"très au sérieux"}) << text;
  }
}

TEST(Quotes, TypographicApostrophesInsideAQuoteAreNotQuoteMarks) {
  EXPECT_EQ(quoted("« L’UE n’a pas dit ça », et lʼÉtat non plus."),
            std::vector<std::string>{"L’UE n’a pas dit ça"});
  EXPECT_EQ(quoted("She ‘won’t take it’, he said."), std::vector<std::string>{"won’t take it"});
}

// What a user sees of a lint run's findings: rule, line, column, and the message.
std::vector<std::string> findings(const std::string& title, const std::string& body) {
  LintSettings settings;
  settings.rules = testing_support::bundled_rules_ptr();
  const std::string draft = "---\ntitle: '" + title + "'\n---\n\n" + body + "\n";
  std::vector<std::string> out;
  for (const LocatedDiagnostic& d : lint_text("draft.md", draft, settings).diagnostics) {
    out.push_back(d.diagnostic.rule + "@" + std::to_string(d.location.line) + ":" +
                  std::to_string(d.location.column) + " " + d.diagnostic.message);
  }
  return out;
}

// The message quotes the headline as written, so its spaces are those of the draft.
std::string negated(std::size_t column, const std::string& quote) {
  return "headline.negated-quote@2:" + std::to_string(column) +
         " le titre met à la forme négative la citation « " + quote +
         " », que le corps rapporte à la forme affirmative";
}

TEST(QuotePairing, ATypesetHeadlineQuotePairsWithAPlainBodyQuote) {
  const std::string body =
      "La Commission a déclaré que l'UE prenait « très au sérieux » ces vidéos.";
  EXPECT_EQ(findings("L’UE ne «\u202Fprend pas très au sérieux\u202F» les vidéos de Grok", body),
            std::vector<std::string>{negated(14, "prend pas très au sérieux")});
  EXPECT_EQ(findings("L’UE ne «\u00A0prend\u00A0pas très au sérieux\u00A0» les vidéos", body),
            std::vector<std::string>{negated(14, "prend\u00A0pas très au sérieux")});
  EXPECT_EQ(findings("L’UE ne “prend pas très au sérieux” les vidéos de Grok", body),
            std::vector<std::string>{negated(14, "prend pas très au sérieux")});
}

TEST(QuotePairing, APlainHeadlineQuotePairsWithATypesetBodyQuote) {
  EXPECT_EQ(findings("L''UE ne « prend pas très au sérieux » les vidéos de Grok",
                     "La Commission a déclaré que l’UE prenait «\u202Ftrès\u2009au "
                     "sérieux\u202F» ces vidéos."),
            std::vector<std::string>{negated(15, "prend pas très au sérieux")});
}

TEST(QuotePairing, TypographicAndStraightApostrophesAreTheSameWord) {
  EXPECT_EQ(findings("Breton : l’UE « n’acceptera pas l’ingérence »",
                     "Thierry Breton a affirmé que l'UE « acceptera l'ingérence » de X."),
            std::vector<std::string>{negated(23, "n’acceptera pas l’ingérence")});
  const std::vector<std::string> en =
      findings("EU “wonʼt take it seriously”", "The EU said it \"will take it seriously\".");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].substr(0, en[0].find(' ')), "headline.negated-quote@2:12");
}

TEST(QuotePairing, ADifferentWordDoesNotPairHoweverItIsTypeset) {
  EXPECT_EQ(findings("L’UE ne «\u202Fprend pas très au sérieux\u202F» les vidéos",
                     "Elle a déclaré prendre « très au tragique » ces vidéos."),
            std::vector<std::string>{"quote.not-in-body@2:17 la citation « prend pas très au "
                                     "sérieux » du titre ne figure nulle part dans l'article"});
}

TEST(Quotes, TenThousandNestedQuotesDoNotExhaustAnything) {
  std::string text;
  for (int i = 0; i < 10000; ++i)
    text += "« ";
  text += "fin";
  for (int i = 0; i < 10000; ++i)
    text += " »";
  EXPECT_EQ(find_quotes(text, {0, text.size()}).size(), 10000u);
}

}  // namespace
}  // namespace presscheck
