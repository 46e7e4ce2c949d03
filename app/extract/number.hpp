#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/lang.hpp"
#include "extract/lexicon.hpp"

namespace presscheck {

/// A number with its scale as written, before any currency or percent sign:
/// « 1 500 », « 1,8 milliard », "twelve", "1.5bn". Held as mantissa × 10^exponent so that
/// « 1,5 milliard » and « 1 500 millions » are the same integer, not two nearby doubles.
struct Quantity {
  Span span;                   // through the scale word when there is one
  std::size_t number_end = 0;  // end of the digits or the number word
  std::int64_t mantissa = 0;   // the digits without separators: 18 for « 1,8 »
  int decimals = 0;            // digits written after the decimal separator
  int significant_digits = 0;
  int rounding_exponent = 0;  // the last significant digit is worth 10^this, before scale
  bool grouped = false;       // thousands separators were written
  bool from_word = false;
  std::optional<LexiconMatch> scale;
  int scale_exponent = 0;

  double value() const;
  std::optional<std::int64_t> exact() const;
  /// What the last significant digit is worth, scale included.
  double resolution() const;
  /// M, m, k: as often a unit (3 m, 10 k) as a scale, so trusted only in amounts of money.
  bool one_letter_scale() const;
  void drop_scale();
  /// Four digits and nothing else, in the range years are written in.
  bool could_be_year() const;
};

/// The number written in digits at `pos`, in the syntax of `lang`: thousands separated by
/// spaces (U+00A0, U+202F too) and a decimal comma in French, thousands separated by commas
/// and a decimal point in English. Nothing when the digits are not a quantity's (a leading
/// zero as in phone numbers and codes, or more than 18 digits).
std::optional<Quantity> read_digits(std::string_view text, std::size_t pos, std::size_t limit,
                                    Lang lang);

/// A number word (« douze », "twelve"): exact, so every digit is significant.
Quantity from_number_word(const LexiconMatch& word);

/// Attaches the scale word after the number, glued (« 1,5bn ») or after spaces.
void read_scale(const Lexicon& scales, std::string_view text, std::size_t limit,
                Quantity& quantity);

}  // namespace presscheck
