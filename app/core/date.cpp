#include "core/date.hpp"

#include <fmt/format.h>
#include <charconv>

namespace presscheck {
namespace {

std::optional<int> parse_digits(std::string_view text, std::size_t count) {
  if (text.size() != count)
    return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size())
    return std::nullopt;
  return value;
}

int ymd(int year, int month, int day) {
  return year * 10000 + month * 100 + day;
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
    return 29;
  return kDays[(month - 1) % 12];
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  text = text.substr(0, text.find_first_of("T "));
  Date date;
  const auto year = parse_digits(text.substr(0, 4), 4);
  if (!year)
    return std::nullopt;
  date.year = *year;
  date.precision = Precision::year;
  if (text.size() == 4)
    return date;
  if (text.size() < 7 || text[4] != '-')
    return std::nullopt;
  const auto month = parse_digits(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12)
    return std::nullopt;
  date.month = *month;
  date.precision = Precision::month;
  if (text.size() == 7)
    return date;
  if (text.size() != 10 || text[7] != '-')
    return std::nullopt;
  const auto day = parse_digits(text.substr(8, 2), 2);
  if (!day || *day < 1 || *day > days_in_month(date.year, date.month))
    return std::nullopt;
  date.day = *day;
  date.precision = Precision::day;
  return date;
}

std::string Date::iso() const {
  switch (precision) {
    case Precision::year:
      return fmt::format("{:04}", year);
    case Precision::month:
      return fmt::format("{:04}-{:02}", year, month);
    case Precision::day:
      break;
  }
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

int Date::first_day() const {
  switch (precision) {
    case Precision::year:
      return ymd(year, 1, 1);
    case Precision::month:
      return ymd(year, month, 1);
    case Precision::day:
      break;
  }
  return ymd(year, month, day);
}

int Date::end_day() const {
  switch (precision) {
    case Precision::year:
      return ymd(year + 1, 1, 1);
    case Precision::month:
      return month == 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1);
    case Precision::day:
      break;
  }
  if (day < days_in_month(year, month))
    return ymd(year, month, day + 1);
  return month == 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1);
}

bool Date::agrees_with(const Date& other) const {
  return first_day() < other.end_day() && other.first_day() < end_day();
}

Precision coarser(Precision a, Precision b) {
  return a < b ? a : b;
}

std::optional<Precision> parse_precision(std::string_view name) {
  if (name == "year")
    return Precision::year;
  if (name == "month")
    return Precision::month;
  if (name == "day")
    return Precision::day;
  return std::nullopt;
}

std::string_view precision_name(Precision precision) {
  switch (precision) {
    case Precision::year:
      return "year";
    case Precision::month:
      return "month";
    case Precision::day:
      break;
  }
  return "day";
}

}  // namespace presscheck
