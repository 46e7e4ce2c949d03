#pragma once

#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace presscheck {

/// The marks a quotation was written with.
enum class QuoteStyle { guillemets, curly_double, curly_single, straight_double, straight_single };

/// A quoted passage: « … », “ … ”, ‘ … ’, "…" or '…', possibly nested in another.
struct Quote {
  Span outer;  // from the opening mark to the closing mark, both included
  Span inner;  // the quoted words, without marks or the spaces next to them
  QuoteStyle style = QuoteStyle::guillemets;
  int depth = 0;       // 0 for a quote not inside another
  bool closed = true;  // false for a quote still open at the end of its paragraph
};

/// Finds the quotations inside `within` (one paragraph, headline or standfirst), sorted by
/// their opening mark. U+2019 and ' count as apostrophes between letters, as quote marks
/// elsewhere; straight quotes open before a word and close after one.
std::vector<Quote> find_quotes(std::string_view text, Span within);

}  // namespace presscheck
