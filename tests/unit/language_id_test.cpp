#include "text/language_id.hpp"

#include <gtest/gtest.h>
#include <array>
#include <string>

#include "text/token.hpp"

namespace presscheck {
namespace {

TEST(LanguageGuess, FrenchAndEnglishProseAreToldApart) {
  EXPECT_EQ(detect_language("La Commission dit qu'elle prend ces vidéos très au sérieux et "
                            "qu'elle les suit avec attention.",
                            Lang::en),
            Lang::fr);
  EXPECT_EQ(detect_language("The Commission said it takes the videos very seriously and that "
                            "it is following them.",
                            Lang::fr),
            Lang::en);
}

TEST(LanguageGuess, CapitalsCountAndATieGivesTheFallback) {
  EXPECT_EQ(detect_language("LE GOUVERNEMENT ET LES SYNDICATS", Lang::en), Lang::fr);
  EXPECT_EQ(detect_language("THE GOVERNMENT AND THE UNIONS", Lang::fr), Lang::en);
  EXPECT_EQ(detect_language("Macron Biden Breton", Lang::fr), Lang::fr);
  EXPECT_EQ(detect_language("Macron Biden Breton", Lang::en), Lang::en);
  EXPECT_EQ(detect_language("", Lang::fr), Lang::fr);
}

TEST(LanguageGuess, OnlyTheFirstEightThousandBytesAreRead) {
  std::string text;
  while (text.size() < 8000)
    text += "le chat et la souris. ";
  for (int i = 0; i < 2000; ++i)
    text += "the cat and the mouse. ";
  EXPECT_EQ(detect_language(text, Lang::en), Lang::fr);
}

// The guess reads words one at a time rather than from tokenize(); it must count exactly
// the words tokenize() finds and folds, accents, capitals, elisions, combining marks,
// grouped figures and words cut at the sample's end included.
Lang guess_from_tokens(std::string_view text, Lang fallback) {
  static constexpr std::array<std::string_view, 24> kFrench = {
      "le",  "la",  "les", "des",  "est", "une", "du",   "et",  "que",  "qui", "dans", "pour",
      "pas", "sur", "au",  "avec", "ce",  "il",  "elle", "aux", "sont", "ont", "par",  "cette"};
  static constexpr std::array<std::string_view, 24> kEnglish = {
      "the", "of", "and", "to",   "in",   "is",  "that", "for", "on",  "with", "was",  "as",
      "it",  "by", "are", "this", "from", "has", "have", "be",  "its", "were", "will", "an"};
  std::size_t end = std::min<std::size_t>(text.size(), 8000);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    ++end;
  int french = 0;
  int english = 0;
  for (const Token& token : tokenize(text, {0, end})) {
    for (std::string_view word : kFrench)
      french += word == token.folded;
    for (std::string_view word : kEnglish)
      english += word == token.folded;
  }
  if (french == english)
    return fallback;
  return french > english ? Lang::fr : Lang::en;
}

TEST(LanguageGuess, CountsTheWordsTokenizeFinds) {
  const std::string long_french(7996, 'x');
  const std::array<std::string, 12> texts = {
      "ÉTÉ, l'été est là : LES gens ÉTAIENT dans l'eau. The end.",
      "AVEC ÇA, C'EST PAS sûr. It is, it was, it has.",
      "e\xCC\x81t is it? Le\xCC\x81 la\xCC\x80 the\xCC\x81",
      "12 000 et 3.000 and 1,000,000 the 2019 200 élus",
      "ﬁn et ﬂux, the ﬀ of it",
      "thé the thème theme Thé THE",
      "cettes cette CETTE cetteX cette-là",
      "l’UE est d’accord, the EU’s view is that",
      "\xC2\xA0le\xC2\xA0la\xE2\x80\xAFthe\xE2\x80\xAF",
      long_french + " the",
      long_french + " le et la",
      "ŒUVRE ET ÆTHER, the Straße of it",
  };
  // Stop words of one language after the text tip a close count either way, so that one
  // word counted differently changes the guess for some weight.
  for (const std::string& text : texts) {
    for (const std::string_view weight : {"the", "le"}) {
      std::string weighted = text;
      for (int words = 0; words <= 10; ++words) {
        for (Lang fallback : {Lang::fr, Lang::en}) {
          EXPECT_EQ(detect_language(weighted, fallback), guess_from_tokens(weighted, fallback))
              << weighted << " (fallback " << lang_code(fallback) << ")";
        }
        weighted = std::string(weight) + " " + weighted;
      }
    }
  }
}

}  // namespace
}  // namespace presscheck
