#include "extract/agreement.hpp"

#include <algorithm>
#include <cmath>

namespace presscheck {
namespace {

// Room for the floating-point error of scaling decimals, far below any written digit.
double slack(double magnitude) {
  return std::max(std::abs(magnitude), 1.0) * 1e-9;
}

bool comparable(ValueKind a, ValueKind b) {
  if (a == b)
    return true;
  const bool number_and_money = (a == ValueKind::number && b == ValueKind::money) ||
                                (a == ValueKind::money && b == ValueKind::number);
  return number_and_money;
}

// Below a thousand, a figure written without an approximator is a count, and a count is
// exact: a headline's « 30 morts » is not 34, even though 30 could be 34 rounded.
Bounds written_bounds(const Value& written) {
  if (written.approximator || std::abs(written.number) >= 1000 || written.resolution <= 1)
    return admissible(written);
  return {written.number - 0.5, written.number + 0.5};
}

}  // namespace

Bounds admissible(const Value& written) {
  const double value = written.number;
  const double rounding = written.resolution / 2;
  if (!written.approximator)
    return {value - rounding, value + rounding};
  // A directed approximator already says which way the rounding went: « presque 2
  // millions » is 1.8 to 2 million, not 1.5 to 2 as the digits alone would allow.
  const double reach = written.approximator->tolerance * std::abs(value);
  switch (written.approximator->direction) {
    case Direction::above:
      return {value, value + reach};
    case Direction::below:
      return {value - reach, value};
    case Direction::around:
      break;
  }
  const double around = std::max(reach, rounding);
  return {value - around, value + around};
}

bool agrees(const Value& written, double actual) {
  if (written.kind == ValueKind::date)
    return false;
  const Bounds bounds = admissible(written);
  const double margin = slack(actual);
  return actual >= bounds.low - margin && actual <= bounds.high + margin;
}

bool agrees(const Value& written, const Date& actual) {
  return written.date && written.date->agrees_with(actual);
}

bool agrees(const Value& a, const Value& b) {
  if (a.kind == ValueKind::date || b.kind == ValueKind::date) {
    return a.date && b.date && a.date->agrees_with(*b.date);
  }
  if (!comparable(a.kind, b.kind))
    return false;
  if (a.kind == ValueKind::money && b.kind == ValueKind::money && a.currency != b.currency) {
    return false;
  }
  const Bounds x = written_bounds(a);
  const Bounds y = written_bounds(b);
  const double margin = slack(std::max(std::abs(x.high), std::abs(y.high)));
  // An approximator's reach is a rule of thumb: « plus d'un million » and « plus de deux
  // millions » may both be true, so ranges that touch agree.
  if (a.approximator || b.approximator)
    return x.low <= y.high + margin && y.low <= x.high + margin;
  // A rounding covers a half-open range: a real 2.65 is written 2.7 or 2.6, never both,
  // so two ranges that only touch (2.55–2.65 and 2.65–2.75) do not agree.
  return x.low < y.high - margin && y.low < x.high - margin;
}

}  // namespace presscheck
