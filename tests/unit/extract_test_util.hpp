#pragma once

// Shared by the extract_*_test.cpp files: the bundled rule packs, one extractor per
// language, and helpers that show what a value spans.
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/value_extractor.hpp"

namespace presscheck::extract_test {

inline const RuleSet& bundled_rules() {
  static const auto rules = RuleSet::load(std::filesystem::path(PRESSCHECK_SOURCE_DIR) / "rules");
  return *rules;
}

inline const ValueExtractor& extractor(Lang lang) {
  static const ValueExtractor fr(bundled_rules(), Lang::fr);
  static const ValueExtractor en(bundled_rules(), Lang::en);
  return lang == Lang::fr ? fr : en;
}

inline std::vector<Value> find_values(Lang lang, std::string_view text,
                                      const std::optional<Date>& article_date = std::nullopt) {
  return extractor(lang).find(text, {0, text.size()}, article_date);
}

inline std::string spanned(std::string_view text, Span span) {
  return std::string(text.substr(span.begin, span.size()));
}

/// The text of every value found, in order: the quickest way to assert what was read.
inline std::vector<std::string> spans_of(Lang lang, std::string_view text,
                                         const std::optional<Date>& article_date = std::nullopt) {
  std::vector<std::string> out;
  for (const Value& value : find_values(lang, text, article_date)) {
    out.push_back(spanned(text, value.span));
  }
  return out;
}

/// The one value of `text`; fails the test when there is not exactly one.
inline Value only_value(Lang lang, std::string_view text,
                        const std::optional<Date>& article_date = std::nullopt) {
  const auto values = find_values(lang, text, article_date);
  EXPECT_EQ(values.size(), 1u) << "in: " << text;
  return values.empty() ? Value{} : values.front();
}

inline Date day(int year, int month, int day_of_month) {
  return Date{year, month, day_of_month, Precision::day};
}

}  // namespace presscheck::extract_test
