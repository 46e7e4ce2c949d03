#include "analysis/date_pairing.hpp"

#include <cstdlib>

#include "analysis/figure_shape.hpp"
#include "extract/agreement.hpp"

namespace presscheck {
namespace {

// How far from the article date a body date may lie and still be the week a headline's
// bare weekday names.
constexpr int kWeekdayReachDays = 7;

// A date at month precision or finer: « en 2019 » agrees with any day of the year, and
// would silence every finding in an article that names its year.
bool is_dated(const Value& value) {
  return value.kind == ValueKind::date && value.date &&
         value.date->date.precision != Precision::year;
}

bool is_weekday_only(const Value& value) {
  return value.kind == ValueKind::date && value.date && value.date->weekday_only();
}

// The days between two dates known to the day.
int days_apart(const Date& a, const Date& b) {
  const Date later = a.first_day() > b.first_day() ? a : b;
  const Date earlier = a.first_day() > b.first_day() ? b : a;
  int days = 0;
  for (Date at = earlier; at.first_day() < later.first_day() && days <= kWeekdayReachDays;
       at = add_days(at, 1)) {
    ++days;
  }
  return days;
}

// A body date near enough the article date to fall in the week a bare weekday names.
bool in_weekday_reach(const Document& doc, const Value& body) {
  return doc.date && doc.date->precision == Precision::day && body.date &&
         body.date->date.precision == Precision::day && body.date->date.year != 0 &&
         days_apart(*doc.date, body.date->date) <= kWeekdayReachDays;
}

// The weekday a body date falls on, or the one it names.
int weekday_of(const Value& value) {
  if (value.date->weekday != 0)
    return value.date->weekday;
  if (value.date->date.precision != Precision::day || value.date->date.year == 0)
    return 0;
  return iso_weekday(value.date->date);
}

// The year a value gives: a bare year, or the year of a date.
int year_of(const Document& doc, const Value& value) {
  if (is_bare_year(doc, value))
    return static_cast<int>(*value.exact);
  if (value.kind == ValueKind::date && value.date && !value.date->relative)
    return value.date->date.year;
  return 0;
}

bool is_year(const Document& doc, const Value& value) {
  if (is_bare_year(doc, value))
    return true;
  return value.kind == ValueKind::date && value.date && !value.date->relative &&
         value.date->date.precision == Precision::year && value.date->part == DatePart::whole;
}

}  // namespace

PairingRules day_pairing(const Document& doc) {
  PairingRules rules;
  // Relative dates (« lundi », "last week") in the body mostly say when something was
  // said, not when it happened; in a headline, a weekday alone dates the event.
  rules.accepts = [](const Value& value, Part part) {
    if (part != Part::body && is_weekday_only(value))
      return true;
    return is_dated(value) && !value.date->relative;
  };
  rules.comparable = [&doc](const Value& top, const Value& body) {
    return !is_weekday_only(top) || in_weekday_reach(doc, body);
  };
  rules.may_agree = is_dated;
  rules.agree = [&doc](const Value& top, const Value& body) {
    if (is_weekday_only(top)) {
      // Only a date of the week the weekday names can say that day: « le 3 mars », a
      // month earlier, or « fin juin » happen to fall on any weekday. A weekday the body
      // names itself (« annoncé jeudi ») is taken at its word.
      if (!is_weekday_only(body) && !in_weekday_reach(doc, body))
        return false;
      return weekday_of(body) == top.date->weekday;
    }
    return agrees(top, body);
  };
  rules.takes_clause = is_weekday_only;
  return rules;
}

PairingRules year_pairing(const Document& doc) {
  PairingRules rules;
  rules.accepts = [&doc](const Value& value, Part part) {
    if (!is_year(doc, value))
      return false;
    return part == Part::body || !doc.date || year_of(doc, value) != doc.date->year;
  };
  rules.comparable = [](const Value&, const Value&) { return true; };
  rules.may_agree = [&doc](const Value& value) { return year_of(doc, value) != 0; };
  rules.agree = [&doc](const Value& top, const Value& body) {
    return year_of(doc, top) == year_of(doc, body);
  };
  rules.any_topic_agrees = true;
  return rules;
}

}  // namespace presscheck
