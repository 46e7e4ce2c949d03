#include <gtest/gtest.h>

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
