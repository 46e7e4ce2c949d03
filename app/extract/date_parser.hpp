#pragma once

#include <optional>

#include "extract/date_value.hpp"
#include "extract/parse_context.hpp"

namespace presscheck {

struct Quantity;

/// A date found in the text: its value and where it is written.
struct DateMatch {
  Span span;
  DateValue value;
};

/// End of a numeric date written at `pos` (« 02/01/2026 », "2026-01-02"), or 0. Such a
/// token is never read as numbers, even when its order is ambiguous.
std::size_t numeric_date_end(std::string_view text, std::size_t pos, std::size_t limit);

/// The numeric date at `pos`: day first in French; in English only when no US reading
/// (month first) could differ; ISO order in both.
std::optional<DateMatch> read_numeric_date(const ParseContext& context, std::size_t pos);

/// A date that starts with its day: « 2 janvier », « 1er janvier 2026 », "2 January 2026".
std::optional<DateMatch> read_day_first(const ParseContext& context, std::size_t pos);

/// A date that starts with its month, or with a part before it: « décembre 2025 »,
/// « début décembre », « mi-mars », "January 2, 2026", "Jan. 2", "end of December". A month
/// alone is a date only after a part or a cue (« en décembre », "in December"), so that a
/// name (June, Mars) is not.
std::optional<DateMatch> read_month_first(const ParseContext& context, std::size_t pos);

/// A weekday (« lundi », "Monday"), resolved to the last such day on or before the article
/// date, or followed by the full date (« lundi 5 janvier »). Nothing without either.
std::optional<DateMatch> read_weekday(const ParseContext& context, std::size_t pos);

/// A date relative to the article's (« hier », "last week"); nothing without an article date.
std::optional<DateMatch> read_relative(const ParseContext& context, std::size_t pos);

/// A four-digit number as a year, when a part or a cue comes before it: « fin 2025 »,
/// « en 2025 », "in 2025". Otherwise it stays a number.
std::optional<DateMatch> read_year(const ParseContext& context, const Quantity& number);

}  // namespace presscheck
