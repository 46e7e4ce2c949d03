#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/span.hpp"
#include "extract/date_value.hpp"

namespace presscheck {

class PatternRule;

/// What a written value measures.
enum class ValueKind { number, money, percent, date };

std::string_view value_kind_name(ValueKind kind);

/// On which side of the written value an approximator puts the real one: « environ »
/// around it, « plus de » above it, « moins de » and "nearly" below it.
enum class Direction { around, above, below };

std::optional<Direction> parse_direction(std::string_view name);

/// A word written before a value that makes it approximate (« plus de », "nearly").
struct Approximator {
  Span span;
  Direction direction = Direction::around;
  /// How far the real value may lie from the written one, as a fraction of it: on both
  /// sides when around, past it on its side otherwise.
  double tolerance = 0;
  const PatternRule* rule = nullptr;
};

/// A number, an amount of money, a percentage or a date, as a draft writes it.
struct Value {
  ValueKind kind = ValueKind::number;
  /// From the first to the last character of the written value, currency and scale
  /// included (« 120 millions d'euros », "$1.5bn"), approximator excluded.
  Span span;
  /// The value with its scale applied: 1.5e9 for « 1,5 milliard », 3.5 for « 3,5 % »
  /// (percentages in percent). Zero for dates.
  double number = 0;
  /// The same value as an integer, when it is one and fits.
  std::optional<std::int64_t> exact;
  /// Digits that carry information: 2 for « 1,8 milliard » and for « 120 millions »
  /// (trailing zeros of a whole number are read as rounding).
  int significant_digits = 0;
  /// What the last significant digit is worth: 1e8 for « 1,8 milliard », 1e7 for
  /// « 120 millions », 1 for "twelve". The written value is the real one rounded to it.
  double resolution = 1;
  /// ISO 4217 code for money (EUR, USD, GBP); empty otherwise.
  std::string currency;
  std::optional<Approximator> approximator;
  /// Set for dates.
  std::optional<DateValue> date;
};

}  // namespace presscheck
