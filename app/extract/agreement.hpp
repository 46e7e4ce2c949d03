#pragma once

#include "core/date.hpp"
#include "extract/value.hpp"

namespace presscheck {

/// The closed range of real values a written number, amount or percentage admits.
struct Bounds {
  double low = 0;
  double high = 0;
};

/// Without an approximator, the real value rounds to the written one at its resolution
/// (« 1,8 milliard »: 1.75 to 1.85 billion). « environ », "about": that or the rule's
/// tolerance on both sides, whichever is wider. « plus de », "more than": from the written
/// value up to the tolerance above it; « moins de », "nearly": down to the tolerance below
/// (the direction replaces the rounding of the digits).
Bounds admissible(const Value& written);

/// Whether `actual` can be what `written` says (numbers, money and percentages; a date
/// never agrees with a number). Money is compared in its own currency: the caller checks
/// that the fact's currency is `written.currency`.
bool agrees(const Value& written, double actual);

/// Whether a written date can be `actual`, compared at the coarser of the two precisions.
bool agrees(const Value& written, const Date& actual);

/// Whether two written values can say the same thing: « 1,5 milliard » = « 1 500 millions »
/// = "€1.5bn", while « 45 millions » and « 4,5 millions » differ. A bare number may stand
/// for an amount whose currency the text gives elsewhere; two amounts must share their
/// currency, and a percentage only agrees with a percentage. The ranges must overlap, not
/// merely touch (2.6% and 2.7% differ), and a figure under a thousand with no approximator
/// is exact (30 and 34 differ; « environ 30 » and 34 agree).
bool agrees(const Value& a, const Value& b);

}  // namespace presscheck
