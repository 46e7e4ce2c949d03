#include "extract/date_value.hpp"

#include <chrono>

namespace presscheck {
namespace {

int ymd(int year, int month, int day) {
  return year * 10000 + month * 100 + day;
}

std::chrono::sys_days to_sys_days(const Date& date) {
  return std::chrono::sys_days(std::chrono::year(date.year) /
                               std::chrono::month(static_cast<unsigned>(date.month)) /
                               std::chrono::day(static_cast<unsigned>(date.day)));
}

Date from_sys_days(std::chrono::sys_days days) {
  const std::chrono::year_month_day ymd_date(days);
  return Date{static_cast<int>(ymd_date.year()), static_cast<int>(unsigned(ymd_date.month())),
              static_cast<int>(unsigned(ymd_date.day())), Precision::day};
}

// A date without a year borrows the year of the date it is compared with.
DateValue with_year_of(DateValue value, int year) {
  if (value.date.year == 0)
    value.date.year = year;
  return value;
}

}  // namespace

std::optional<DatePart> parse_date_part(std::string_view name) {
  if (name == "early")
    return DatePart::early;
  if (name == "mid")
    return DatePart::mid;
  if (name == "late")
    return DatePart::late;
  return std::nullopt;
}

Date add_days(const Date& date, int days) {
  return from_sys_days(to_sys_days(date) + std::chrono::days(days));
}

int iso_weekday(const Date& date) {
  return static_cast<int>(std::chrono::weekday(to_sys_days(date)).iso_encoding());
}

// Thirds: days 1-10, 11-20 and 21 to the end of a month; January-April, May-August and
// September-December of a year. « Fin 2025 » then covers the autumn, which is how the
// press uses it, and « mi-mars » the middle ten days. A part of a precise day is the day.
int DateValue::first_day() const {
  const bool third = part == DatePart::mid || part == DatePart::late;
  if (!third || date.precision == Precision::day)
    return date.first_day();
  const int index = part == DatePart::mid ? 1 : 2;
  if (date.precision == Precision::month)
    return ymd(date.year, date.month, 1 + 10 * index);
  return ymd(date.year, 1 + 4 * index, 1);
}

int DateValue::end_day() const {
  if (part == DatePart::week)
    return add_days(date, 7).first_day();
  const bool third = part == DatePart::early || part == DatePart::mid;
  if (!third || date.precision == Precision::day)
    return date.end_day();
  const int index = part == DatePart::early ? 1 : 2;
  if (date.precision == Precision::month)
    return ymd(date.year, date.month, 1 + 10 * index);
  return ymd(date.year, 1 + 4 * index, 1);
}

bool DateValue::agrees_with(const Date& actual) const {
  const DateValue written = with_year_of(*this, actual.year);
  const DateValue real{actual, DatePart::whole, false};
  return written.first_day() < real.end_day() && real.first_day() < written.end_day();
}

bool DateValue::agrees_with(const DateValue& other) const {
  // Two yearless dates are compared in a leap year so that 29 February exists.
  constexpr int kLeapYear = 2000;
  const int year =
      date.year != 0 ? date.year : (other.date.year != 0 ? other.date.year : kLeapYear);
  const DateValue a = with_year_of(*this, year);
  const DateValue b = with_year_of(other, year);
  return a.first_day() < b.end_day() && b.first_day() < a.end_day();
}

}  // namespace presscheck
