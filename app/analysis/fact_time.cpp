#include "analysis/fact_time.hpp"

#include <fmt/format.h>
#include <chrono>

#include "analysis/fact_evidence.hpp"

namespace presscheck {

Date article_date(const Document& document) {
  if (document.date)
    return *document.date;
  const auto today = std::chrono::year_month_day(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return Date{static_cast<int>(today.year()), static_cast<int>(unsigned(today.month())),
              static_cast<int>(unsigned(today.day())), Precision::day};
}

bool known_at(const facts::FactBase& base, const facts::Statement& statement, const Date& at) {
  // Only an open period can outlive its sources: timeless facts and moments cannot.
  if (!statement.valid_from || statement.valid_to || statement.sources.empty())
    return true;
  for (const std::string& id : statement.sources) {
    const auto source = base.source(id);
    if (!source || !source->retrieved || source->retrieved->first_day() >= at.first_day())
      return true;
  }
  return false;
}

namespace {

// French picks its preposition by what the date names: « du 1er décembre 2019 » for a day,
// « de 2014 », « d'avril 2019 » for a year or a month; « au 16 septembre », « à 2020 ».
bool names_a_day(const Date& date) {
  return date.precision == Precision::day;
}

std::string french_from(const Date& date) {
  const std::string shown = show_date(date, Lang::fr);
  if (names_a_day(date))
    return "du " + shown;
  const bool vowel =
      !shown.empty() && std::string_view("aeiou").find(shown[0]) != std::string_view::npos;
  return (vowel ? "d'" : "de ") + shown;
}

std::string french_to(const Date& date) {
  return (names_a_day(date) ? "au " : "à ") + show_date(date, Lang::fr);
}

}  // namespace

std::string describe_validity(const facts::Statement& statement, Lang lang) {
  const bool fr = lang == Lang::fr;
  if (statement.point_in_time)
    return show_date(*statement.point_in_time, lang);
  if (statement.valid_from && statement.valid_to) {
    if (fr)
      return french_from(*statement.valid_from) + " " + french_to(*statement.valid_to);
    return fmt::format("from {} to {}", show_date(*statement.valid_from, lang),
                       show_date(*statement.valid_to, lang));
  }
  if (statement.valid_from) {
    const std::string shown = show_date(*statement.valid_from, lang);
    if (fr)
      return (names_a_day(*statement.valid_from) ? "depuis le " : "depuis ") + shown;
    return "since " + shown;
  }
  if (statement.valid_to) {
    const std::string shown = show_date(*statement.valid_to, lang);
    if (fr)
      return (names_a_day(*statement.valid_to) ? "jusqu'au " : "jusqu'en ") + shown;
    return "until " + shown;
  }
  return fr ? "sans date" : "undated";
}

}  // namespace presscheck
