#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/lang.hpp"
#include "extract/lexicon.hpp"
#include "extract/value.hpp"
#include "rulepack/rule_set.hpp"

namespace re2 {
class RE2;
}

namespace presscheck {

/// Finds the numbers, amounts of money, percentages and dates a text writes, in one
/// language. Words (months, scales, currencies, approximators…) come from the rule packs;
/// digit syntax is here. Build one per language and process, then call find() from any
/// thread: it only reads. The RuleSet must outlive the extractor.
class ValueExtractor {
 public:
  ValueExtractor(const RuleSet& rules, Lang lang);
  ~ValueExtractor();
  ValueExtractor(ValueExtractor&&) noexcept;
  ValueExtractor& operator=(ValueExtractor&&) noexcept;

  /// Every value inside `within`, in text order, none overlapping. Relative dates and
  /// weekdays resolve against `article_date` and are dropped without it; dates written
  /// without a year take the year nearest the article date, or 0 without one.
  std::vector<Value> find(std::string_view text, Span within,
                          const std::optional<Date>& article_date) const;

  Lang lang() const { return lexicons_.lang; }

 private:
  ValueLexicons lexicons_;
  // Where a value may start: a digit, or a number word, month, weekday or relative date.
  std::unique_ptr<re2::RE2> starts_;
};

}  // namespace presscheck
