#pragma once

#include <optional>
#include <string_view>

#include "core/date.hpp"

namespace presscheck {

/// Which part of the written date is meant: all of it, its beginning, middle or end
/// (« début décembre », "mid-March", « fin 2025 »), or the seven days from a Monday
/// (« la semaine dernière »).
enum class DatePart { whole, early, mid, late, week };

std::optional<DatePart> parse_date_part(std::string_view name);  // early, mid, late

/// A date as a draft writes it, resolved to the calendar: « début décembre » in an
/// article of 2025-12-15 is December 2025 at month precision, early part.
struct DateValue {
  /// As precise as written. A year of 0 means the draft gave none and no article date
  /// could supply it; agreement then compares month and day only.
  Date date;
  DatePart part = DatePart::whole;
  /// Resolved from the article date (hier, lundi, last week) rather than read.
  bool relative = false;
  /// The day of the week as written (« lundi », "Tuesday 3 March"): 1 for Monday to 7 for
  /// Sunday, 0 when none is written.
  int weekday = 0;

  /// Whether only a weekday is written (« lundi », "on Monday"): its resolution against
  /// the article date is a guess, the weekday is what the draft says.
  bool weekday_only() const { return relative && weekday != 0; }

  /// The first day covered, as YYYYMMDD, like Date::first_day.
  int first_day() const;
  /// The day after the last day covered, as YYYYMMDD.
  int end_day() const;
  /// Whether the real date can be the written one: the days each covers overlap, so the
  /// comparison happens at the coarser of the two precisions.
  bool agrees_with(const Date& actual) const;
  /// Whether two written dates can be the same (headline against body).
  bool agrees_with(const DateValue& other) const;
};

/// The date `days` days after `date` (before, when negative), at day precision.
Date add_days(const Date& date, int days);
/// 1 for Monday to 7 for Sunday.
int iso_weekday(const Date& date);

}  // namespace presscheck
