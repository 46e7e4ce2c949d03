// The built-in {wordchar} and {nonword} macros must say exactly what utf8::is_word_char
// says, or rule patterns and the C++ word boundaries would disagree on what a word is.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <set>

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
  EXPECT_FALSE(RE2::FullMatch("ʼ", word));       // the modifier letter apostrophe of « lʼUE »
  EXPECT_FALSE(RE2::FullMatch("\u00A0", word));  // no-break space
  EXPECT_FALSE(RE2::FullMatch("—", word));
}

// Every character from U+0001 to U+10FFFF (surrogates aside) that `regex` matches in full.
std::set<char32_t> matched_by(const RE2& regex) {
  std::set<char32_t> matched;
  for (char32_t cp = 1; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF)
      continue;
    std::string text;
    utf8::append(text, cp);
    if (RE2::FullMatch(text, regex))
      matched.insert(cp);
  }
  return matched;
}

RE2 case_insensitive(const std::string& pattern) {
  RE2::Options options;
  options.set_case_sensitive(false);
  return RE2(pattern, options);
}

TEST(BuiltinMacros, SpaceMatchesExactlyTheSpacesOfTypesetCopy) {
  const RE2 space = case_insensitive(builtin_macros().at("space"));
  ASSERT_TRUE(space.ok()) << space.error();
  const std::set<char32_t> expected = {
      '\t',   '\n',   '\v',   '\f',   '\r',   ' ',
      0xA0,  // no-break space
      0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
      0x2007,  // figure space
      0x2008,
      0x2009,          // thin space
      0x200A,          // hair space
      0x2028, 0x2029,  // line and paragraph separators
      0x202F,          // narrow no-break space
      0x205F,          // medium mathematical space
      0x3000,          // ideographic space
  };
  EXPECT_EQ(matched_by(space), expected);
  for (char32_t cp : expected)
    EXPECT_TRUE(utf8::is_unicode_space(cp) && utf8::is_space(cp)) << static_cast<std::uint32_t>(cp);
}

TEST(BuiltinMacros, SpaceReadsTheNegationsOfTypesetFrenchAndEnglish) {
  const std::string space = builtin_macros().at("space");
  const RE2 negation = case_insensitive("ne" + space + "«" + space + "*prend" + space + "+pas");
  ASSERT_TRUE(negation.ok()) << negation.error();
  EXPECT_TRUE(RE2::PartialMatch("L’UE ne «\u00A0prend pas très au sérieux\u00A0»", negation));
  EXPECT_TRUE(RE2::PartialMatch("L’UE ne «\u202Fprend\u2009pas", negation));
  EXPECT_FALSE(RE2::PartialMatch("L’UE ne «prend_pas", negation));
  const RE2 no_longer = case_insensitive("no" + space + "+longer");
  EXPECT_TRUE(RE2::PartialMatch("X is no\u00A0longer welcome", no_longer));
  EXPECT_FALSE(RE2::PartialMatch("X is no-longer welcome", no_longer));
}

TEST(BuiltinMacros, AposMatchesExactlyTheApostrophesOfTheTextStage) {
  const RE2 apos = case_insensitive(builtin_macros().at("apos"));
  ASSERT_TRUE(apos.ok()) << apos.error();
  const std::set<char32_t> expected = {'\'', '`', 0xB4, 0x2018, 0x2019, 0x2BC};
  EXPECT_EQ(matched_by(apos), expected);
  for (char32_t cp : expected)
    EXPECT_TRUE(utf8::is_apostrophe(cp)) << static_cast<std::uint32_t>(cp);
  const RE2 elision = case_insensitive("l" + builtin_macros().at("apos") + "UE");
  EXPECT_TRUE(RE2::FullMatch("l'UE", elision));
  EXPECT_TRUE(RE2::FullMatch("l’UE", elision));
  EXPECT_TRUE(RE2::FullMatch("lʼUE", elision));
  EXPECT_FALSE(RE2::FullMatch("l UE", elision));
}

}  // namespace
}  // namespace presscheck
