// StemStarts: which words cannot stem into a set of stems, told from their first two
// letters. The past-claims check skips stemming the words it rules out, so the rule it
// rests on (a stem starts as its word does) must hold for every word of both languages.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "text/stem_starts.hpp"
#include "text/stemmer.hpp"
#include "text/token.hpp"

namespace presscheck {
namespace {

// True when a set holding only the stem of `folded` would still have it stemmed.
bool keeps_own_stem(Lang lang, const std::string& folded) {
  StemStarts starts;
  starts.add(stem(lang, folded));
  return starts.may_stem_into(folded);
}

TEST(StemStarts, RulesOutWordsThatStartOtherwise) {
  StemStarts starts;
  starts.add(stem(Lang::fr, "vaccins"));  // "vaccin"
  EXPECT_TRUE(starts.may_stem_into("vaccination"));
  EXPECT_TRUE(starts.may_stem_into("vaccinees"));
  EXPECT_FALSE(starts.may_stem_into("rapport"));
  EXPECT_FALSE(starts.may_stem_into("virus"));  // same first letter, another second
}

TEST(StemStarts, AnEmptySetRulesOutEveryLongAsciiWord) {
  const StemStarts starts;
  EXPECT_FALSE(starts.may_stem_into("commission"));
  EXPECT_FALSE(starts.may_stem_into("the"));
}

TEST(StemStarts, KeepsWordsTheRuleDoesNotCover) {
  const StemStarts starts;
  EXPECT_TRUE(starts.may_stem_into("ue"));            // two letters: stems may be anything
  EXPECT_TRUE(starts.may_stem_into("\xC5\x93uvre"));  // « œuvre » folds to a non-ASCII letter
  EXPECT_TRUE(starts.may_stem_into("2025"));
  EXPECT_TRUE(starts.may_stem_into("a1b"));
}

TEST(StemStarts, AOneLetterStemKeepsEveryWordOfThatLetter) {
  StemStarts starts;
  starts.add("t");
  EXPECT_TRUE(starts.may_stem_into("tout"));
  EXPECT_TRUE(starts.may_stem_into("tsar"));
  EXPECT_FALSE(starts.may_stem_into("rien"));
}

TEST(StemStarts, EnglishDyingStemsToDie) {
  StemStarts starts;
  starts.add(stem(Lang::en, "die"));
  EXPECT_TRUE(starts.may_stem_into("dying"));
  EXPECT_EQ(stem(Lang::en, "dying"), "die");
  for (const char* word : {"lying", "tying"})
    EXPECT_TRUE(keeps_own_stem(Lang::en, word)) << word;
}

TEST(StemStarts, StemsNotStartingWithAnAsciiLetterAreNotRemembered) {
  StemStarts starts;
  starts.add("2025");
  starts.add("\xC5\x93uvr");
  EXPECT_FALSE(starts.may_stem_into("vingt"));
}

// Every word of every sample, stemmed in both languages: its stem starts as the rule says.
TEST(StemStarts, TheRuleHoldsForEveryWordOfTheSamples) {
  std::size_t words = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(PRESSCHECK_SOURCE_DIR "/samples")) {
    if (!entry.is_regular_file())
      continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    for (const Token& token : tokenize(text, {0, text.size()})) {
      for (const Lang lang : {Lang::fr, Lang::en})
        EXPECT_TRUE(keeps_own_stem(lang, token.folded)) << token.folded;
      ++words;
    }
  }
  EXPECT_GT(words, 2000u);
}

// Every one- and two-letter start followed by the suffixes the stemmers remove or rewrite:
// the generated words reach the edges a real text may lack ("aing", "xies", "dying").
TEST(StemStarts, TheRuleHoldsAtTheStemmersSuffixes) {
  const char* suffixes[] = {
      "",       "s",    "es",      "ies",     "ied",     "ed",    "edly",   "ing",    "ingly",
      "ly",     "y",    "eed",     "eedly",   "sses",    "us",    "e",      "er",     "ement",
      "ments",  "aux",  "eaux",    "euse",    "ance",    "ence",  "ion",    "ier",    "ieres",
      "ite",    "if",   "ive",     "eux",     "logie",   "usion", "amment", "emment", "ation",
      "atrice", "ique", "isme",    "able",    "ait",     "aient", "erent",  "ez",     "enn",
      "ett",    "eill", "ational", "ization", "fulness", "ousli", "ogi",    "li",     "alize",
      "icate",  "qu",   "gue",     "yer",     "iy"};
  std::vector<std::string> starts;
  for (char a = 'a'; a <= 'z'; ++a) {
    starts.push_back({a});
    for (char b = 'a'; b <= 'z'; ++b)
      starts.push_back({a, b});
  }
  for (const std::string& start : starts) {
    for (const char* suffix : suffixes) {
      const std::string word = start + suffix;
      for (const Lang lang : {Lang::fr, Lang::en})
        ASSERT_TRUE(keeps_own_stem(lang, word)) << word;
    }
  }
  EXPECT_EQ(starts.size(), 26u * 27u);
}

}  // namespace
}  // namespace presscheck
