#include "checks/fact_time.hpp"

#include <fmt/format.h>
#include <chrono>

#include "checks/fact_evidence.hpp"

namespace presscheck {

Date article_date(const Document& document) {
  if (document.date)
    return *document.date;
  const auto today = std::chrono::year_month_day(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return Date{static_cast<int>(today.year()), static_cast<int>(unsigned(today.month())),
              static_cast<int>(unsigned(today.day())), Precision::day};
}

std::string describe_validity(const facts::Statement& statement, Lang lang) {
  const bool fr = lang == Lang::fr;
  if (statement.point_in_time)
    return show_date(*statement.point_in_time, lang);
  if (statement.valid_from && statement.valid_to) {
    return fmt::format(fmt::runtime(fr ? "du {} au {}" : "from {} to {}"),
                       show_date(*statement.valid_from, lang),
                       show_date(*statement.valid_to, lang));
  }
  if (statement.valid_from) {
    return fmt::format(fmt::runtime(fr ? "depuis le {}" : "since {}"),
                       show_date(*statement.valid_from, lang));
  }
  if (statement.valid_to) {
    return fmt::format(fmt::runtime(fr ? "jusqu'au {}" : "until {}"),
                       show_date(*statement.valid_to, lang));
  }
  return fr ? "sans date" : "undated";
}

}  // namespace presscheck
