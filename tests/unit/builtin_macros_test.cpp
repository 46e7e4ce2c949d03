// The built-in {wordchar} and {nonword} macros must say exactly what utf8::is_word_char
// says, or rule patterns and the C++ word boundaries would disagree on what a word is.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include "core/utf8.hpp"
#include "rulepack/builtin_macros.hpp"

namespace presscheck {
namespace {

TEST(BuiltinMacros, WordcharAndNonwordAgreeWithTheWordsOfTheTextStage) {
  RE2::Options options;
  options.set_case_sensitive(false);  // as rule packs compile by default
  const RE2 wordchar(builtin_macros().at("wordchar"), options);
  const RE2 nonword(builtin_macros().at("nonword"), options);
  ASSERT_TRUE(wordchar.ok()) << wordchar.error();
  ASSERT_TRUE(nonword.ok()) << nonword.error();
  int checked = 0;
  for (char32_t cp = 1; cp <= 0x10FFFF; cp += cp < 0x3100 ? 1 : 61) {
    if (cp >= 0xD800 && cp <= 0xDFFF)
      continue;  // surrogates are not characters
    std::string text;
    utf8::append(text, cp);
    const bool word = utf8::is_word_char(cp);
    EXPECT_EQ(RE2::FullMatch(text, wordchar), word)
        << "U+" << std::hex << std::uppercase << static_cast<std::uint32_t>(cp);
    EXPECT_EQ(RE2::FullMatch(text, nonword), !word)
        << "U+" << std::hex << std::uppercase << static_cast<std::uint32_t>(cp);
    ++checked;
  }
  EXPECT_GT(checked, 30000);
}

TEST(BuiltinMacros, ReadAsWordsTheLettersOfFrenchAndEnglishCopy) {
  const RE2 word(builtin_macros().at("wordchar") + "+");
  EXPECT_TRUE(RE2::FullMatch("Élysée", word));
  EXPECT_TRUE(RE2::FullMatch("cœur", word));
  EXPECT_TRUE(RE2::FullMatch("2026", word));
  EXPECT_FALSE(RE2::FullMatch("«", word));
  EXPECT_FALSE(RE2::FullMatch("’", word));
  EXPECT_FALSE(RE2::FullMatch("\u00A0", word));  // no-break space
  EXPECT_FALSE(RE2::FullMatch("—", word));
}

}  // namespace
}  // namespace presscheck
