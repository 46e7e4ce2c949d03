#include "analysis/fact_evidence.hpp"

#include <fmt/format.h>
#include <array>
#include <cmath>

namespace presscheck {
namespace {

constexpr std::array<std::string_view, 12> kMonthsFr = {
    "janvier", "février", "mars",      "avril",   "mai",      "juin",
    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> kMonthsEn = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Groups of three digits: « 120 000 000 » in French, "120,000,000" in English.
std::string grouped(double number, Lang lang) {
  const bool whole = std::fabs(number - std::round(number)) < 1e-9;
  std::string digits = fmt::format("{:.0f}", std::floor(std::fabs(number)));
  std::string out;
  const char* separator = lang == Lang::fr ? "\u202F" : ",";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0)
      out += separator;
    out += digits[i];
  }
  if (!whole) {
    const std::string decimals =
        fmt::format("{:.2f}", std::fabs(number) - std::floor(std::fabs(number)));
    out += (lang == Lang::fr ? "," : ".") + decimals.substr(2);
  }
  return (number < 0 ? "-" : "") + out;
}

}  // namespace

std::string show_date(const Date& date, Lang lang) {
  const auto& months = lang == Lang::fr ? kMonthsFr : kMonthsEn;
  switch (date.precision) {
    case Precision::year:
      return fmt::format("{}", date.year);
    case Precision::month:
      return fmt::format("{} {}", months[date.month - 1], date.year);
    case Precision::day:
      break;
  }
  if (lang == Lang::fr) {
    return fmt::format("{}{} {} {}", date.day, date.day == 1 ? "er" : "", months[date.month - 1],
                       date.year);
  }
  return fmt::format("{} {} {}", date.day, months[date.month - 1], date.year);
}

std::string on_date(const Date& date, Lang lang) {
  const bool day = date.precision == Precision::day;
  if (lang == Lang::fr)
    return (day ? "au " : "en ") + show_date(date, lang);
  return (day ? "on " : "in ") + show_date(date, lang);
}

std::string entity_name(const facts::FactBase& base, std::string_view id, Lang lang) {
  const auto entity = base.entity(id);
  if (!entity)
    return std::string(id);
  for (Lang l : {lang, lang == Lang::fr ? Lang::en : Lang::fr}) {
    const auto names = entity->names.find(l);
    if (names != entity->names.end() && !names->second.empty())
      return names->second.front();
  }
  return std::string(id);
}

std::string property_label(const facts::FactBase& base, const std::string& property, Lang lang) {
  if (const auto found = base.property(property)) {
    const auto labels = found->labels.find(lang);
    if (labels != found->labels.end() && !labels->second.empty())
      return labels->second.front();
  }
  return property;
}

std::string show_value(const facts::FactBase& base, const facts::Value& value, Lang lang) {
  switch (value.type) {
    case facts::ValueType::money:
      return fmt::format("{} {}", grouped(value.number, lang), value.unit);
    case facts::ValueType::quantity:
      return value.unit.empty() ? grouped(value.number, lang)
                                : fmt::format("{} {}", grouped(value.number, lang), value.unit);
    case facts::ValueType::percent:
      return fmt::format("{}{}%", grouped(value.number, lang), lang == Lang::fr ? "\u202F" : "");
    case facts::ValueType::date:
      return show_date(value.date, lang);
    case facts::ValueType::entity:
      return entity_name(base, value.text, lang);
    case facts::ValueType::text:
      break;
  }
  return value.text;
}

FactEvidence fact_evidence(const facts::FactBase& base, const facts::Statement& statement,
                           Lang lang) {
  FactEvidence evidence;
  evidence.id = statement.id;
  evidence.value = show_value(base, statement.value, lang);
  if (statement.valid_from)
    evidence.valid_from = statement.valid_from->iso();
  if (statement.valid_to)
    evidence.valid_to = statement.valid_to->iso();
  if (statement.point_in_time)
    evidence.point_in_time = statement.point_in_time->iso();
  if (!statement.sources.empty()) {
    if (const auto source = base.source(statement.sources.front())) {
      evidence.source_url = source->url;
      evidence.source_title = source->title;
    }
  }
  return evidence;
}

}  // namespace presscheck
