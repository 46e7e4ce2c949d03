#include <gtest/gtest.h>

#include <random>

#include "core/utf8.hpp"
#include "extract_test_util.hpp"

namespace presscheck {
namespace {

// Texts made of the pieces values are built from, shuffled: whatever the extractor reads
// in them, its spans must stay inside the scanned span, in order, apart, and trimmed.
std::string shuffled_text(std::mt19937& random, Lang lang) {
  static const std::vector<std::string_view> kFrench = {
      "12",       "000",     "1,5",      "2025",    "01",      "+",       "-",     "/",   ":",
      ",",        ".",       " ",        "\u00A0",  "\u202F",  "%",       "€",     "M",   "Md",
      "millions", "d'euros", "milliard", "plus de", "près de", "en",      "début", "mi-", "janvier",
      "lundi",    "hier",    "1er",      "deux",    "un",      "article", "h",     "G",   "é"};
  static const std::vector<std::string_view> kEnglish = {
      "12",    "000",     "1.5",     "2025",    "01",        "+",         "-",     "/",
      ":",     ",",       ".",       " ",       "\u00A0",    "$",         "£",     "%",
      "bn",    "m",       "million", "dollars", "pct",       "more than", "about", "in",
      "early", "mid-",    "January", "Monday",  "yesterday", "last week", "2nd",   "two",
      "one",   "article", "G",       "é"};
  const auto& pieces = lang == Lang::fr ? kFrench : kEnglish;
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::string text;
  for (int i = 0; i < 40; ++i)
    text += pieces[pick(random)];
  return text;
}

TEST(ExtractScan, KeepsSpansInsideInOrderAndTrimmed) {
  std::mt19937 random(20260107);
  for (Lang lang : {Lang::fr, Lang::en}) {
    for (int round = 0; round < 400; ++round) {
      const std::string text = shuffled_text(random, lang);
      const Span within{3, text.size() - 2};
      std::size_t previous_end = within.begin;
      for (const Value& value :
           extract_test::extractor(lang).find(text, within, extract_test::day(2026, 1, 7))) {
        ASSERT_FALSE(value.span.empty()) << text;
        ASSERT_GE(value.span.begin, previous_end) << text;
        ASSERT_LE(value.span.end, within.end) << text;
        std::size_t first = value.span.begin;
        std::size_t last = value.span.end;
        EXPECT_FALSE(utf8::is_space(utf8::next(text, first))) << text;
        EXPECT_FALSE(utf8::is_space(utf8::previous(text, last))) << text;
        if (value.approximator) {
          EXPECT_GE(value.approximator->span.begin, within.begin) << text;
          EXPECT_LE(value.approximator->span.end, value.span.begin) << text;
        }
        EXPECT_EQ(value.date.has_value(), value.kind == ValueKind::date) << text;
        previous_end = value.span.end;
      }
    }
  }
}

}  // namespace
}  // namespace presscheck
