#pragma once

#include <optional>
#include <string_view>

#include "core/date.hpp"
#include "extract/lexicon.hpp"

namespace presscheck {

/// What every value parser reads: the language's lexicons, the document text, the span
/// being scanned (no value reaches outside it) and the article's date, if known.
struct ParseContext {
  const ValueLexicons& lexicons;
  std::string_view text;
  Span within;
  const std::optional<Date>& article_date;

  std::size_t limit() const { return within.end; }
  std::size_t floor() const { return within.begin; }
};

}  // namespace presscheck
