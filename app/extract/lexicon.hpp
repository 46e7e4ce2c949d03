#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.hpp"
#include "core/span.hpp"
#include "rulepack/rule_set.hpp"

namespace presscheck {

/// One rule of a lexicon found in the text.
struct LexiconMatch {
  const PatternRule* rule = nullptr;
  Span span;
};

/// Every rule of one kind in one language compiled into one regular expression, so that
/// asking "which month, if any, starts here?" is one anchored match whatever the number
/// of rules. Matching is leftmost-longest (« milliards » over « milliard », "mln" over "m"),
/// and a match may not end inside a word.
class Lexicon {
 public:
  Lexicon(const RuleSet& rules, Lang lang, RuleKindId kind);
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;

  /// The longest rule match starting exactly at `pos` and ending before `limit`. The start
  /// is not checked against the word before it: a scale may follow digits (« 1,5bn »).
  std::optional<LexiconMatch> at(std::string_view text, std::size_t pos, std::size_t limit) const;
  /// The match that ends exactly at `end` and starts as far left as possible, not before
  /// `floor` and not inside a word: « plus de » before « 100 millions ».
  std::optional<LexiconMatch> ending_at(std::string_view text, std::size_t end,
                                        std::size_t floor) const;
  /// The rules' patterns as one alternation, for building a wider expression.
  const std::string& alternation() const { return alternation_; }
  bool empty() const { return alternation_.empty(); }

 private:
  struct Compiled;
  std::string alternation_;
  std::unique_ptr<Compiled> compiled_;
};

/// The lexicons value parsing reads, for one language, compiled once.
struct ValueLexicons {
  ValueLexicons(const RuleSet& rules, Lang lang);

  Lang lang;
  Lexicon approximator;
  Lexicon currency;
  Lexicon date_cue;
  Lexicon date_part;
  Lexicon month;
  Lexicon number_label;
  Lexicon number_word;
  Lexicon ordinal;
  Lexicon percent;
  Lexicon relative_date;
  Lexicon scale;
  Lexicon weekday;
};

/// Reads a rule's `value` as an integer (a month, a weekday, a number word).
int rule_int(const PatternRule& rule);

}  // namespace presscheck
