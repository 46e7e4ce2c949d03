#include "analysis/fact_title_terms.hpp"

#include <algorithm>

#include "analysis/fact_time.hpp"

namespace presscheck {
namespace {

// The term that ended last at or before `day`, or nullptr when none has ended: someone who
// is only to hold an office later is more often missing a record than misnamed.
const facts::Statement* last_ended(const std::vector<facts::Statement>& terms, int day) {
  const facts::Statement* ended = nullptr;
  for (const facts::Statement& term : terms) {
    const int end = term.valid_to ? term.valid_to->first_day() : 0;
    if (term.valid_to && end <= day && (ended == nullptr || end > ended->valid_to->first_day()))
      ended = &term;
  }
  return ended;
}

// Whether a date the sentence writes falls within one of the terms: "in 2015, President
// François Hollande announced…" names him as he was then.
bool dated_within(const std::vector<facts::Statement>& terms, const std::vector<Date>& dates) {
  return std::any_of(dates.begin(), dates.end(), [&](const Date& date) {
    return std::any_of(terms.begin(), terms.end(), [&](const facts::Statement& term) {
      return (!term.valid_from || date.end_day() > term.valid_from->first_day()) &&
             (!term.valid_to || date.first_day() < term.valid_to->first_day());
    });
  });
}

// Whether `day` falls within a bound of the term known only to the month or the year: a term
// that ended "in 2020" may still have held in June 2020, so neither side can be claimed.
bool near_vague_bound(const facts::Statement& term, int day) {
  for (const auto* bound : {&term.valid_from, &term.valid_to}) {
    if (*bound && (*bound)->precision != Precision::day && day >= (*bound)->first_day() &&
        day < (*bound)->end_day())
      return true;
  }
  return false;
}

}  // namespace

std::optional<TitleFacts> wrong_title(const facts::FactBase& base,
                                      const std::vector<facts::Statement>& terms, bool former,
                                      const Date& at, const std::vector<Date>& sentence_dates) {
  const int day = at.first_day();
  const std::vector<facts::Statement> held = facts::select_best(terms, day);
  const bool vague = std::any_of(terms.begin(), terms.end(), [&](const facts::Statement& t) {
    return near_vague_bound(t, day);
  });
  if (vague)
    return std::nullopt;
  if (held.empty()) {
    const facts::Statement* ended = last_ended(terms, day);
    if (former || ended == nullptr || dated_within(terms, sentence_dates))
      return std::nullopt;
    return TitleFacts{*ended, false};
  }
  if (!former)
    return std::nullopt;
  const bool one_ended = std::any_of(terms.begin(), terms.end(), [&](const facts::Statement& t) {
    return t.valid_to && t.valid_to->first_day() <= day;
  });
  if (one_ended || !known_at(base, held.front(), at))
    return std::nullopt;
  return TitleFacts{held.front(), true};
}

}  // namespace presscheck
