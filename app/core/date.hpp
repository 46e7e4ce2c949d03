#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace presscheck {

/// How much of a date is known: « 2025 », « décembre 2025 » or « 5 décembre 2025 ».
enum class Precision { year, month, day };

/// A calendar date known to a precision; unknown parts are zero.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  Precision precision = Precision::day;

  /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time part after 'T' or ' ' is ignored).
  static std::optional<Date> parse_iso(std::string_view text);
  /// "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the date is.
  std::string iso() const;
  /// The first day the date covers, as a sortable number YYYYMMDD.
  int first_day() const;
  /// The day after the last day the date covers, as YYYYMMDD.
  int end_day() const;
  /// Whether two dates can be the same day, compared at the coarser of their precisions.
  bool agrees_with(const Date& other) const;
};

Precision coarser(Precision a, Precision b);
std::optional<Precision> parse_precision(std::string_view name);
std::string_view precision_name(Precision precision);
int days_in_month(int year, int month);

}  // namespace presscheck
