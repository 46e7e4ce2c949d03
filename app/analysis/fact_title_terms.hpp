#pragma once

#include <optional>
#include <vector>

#include "factbase/fact_base.hpp"

namespace presscheck {

/// What the base says of a written title at the article's date: the statement to cite, and
/// whether the person holds the office then.
struct TitleFacts {
  facts::Statement cited;
  bool holds = false;
};

/// Weighs a title against the terms of every office its words can name, at `at`, and
/// returns a finding only when the base is sure the title is wrong: a present title when a
/// term has ended and none holds (a date the sentence writes within a term names the person
/// as they were then), or « ancien »/"former" (`former`) for an office held when no other
/// term of that name has ended and the base can vouch for the date. Nothing is decided
/// within a bound known only to the month or the year.
std::optional<TitleFacts> wrong_title(const facts::FactBase& base,
                                      const std::vector<facts::Statement>& terms, bool former,
                                      const Date& at, const std::vector<Date>& sentence_dates);

}  // namespace presscheck
