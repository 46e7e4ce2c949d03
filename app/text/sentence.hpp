#pragma once

#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace presscheck {

/// Splits `within` into sentences. A sentence ends at . ! ? or … followed by a capital,
/// a digit or an opening quote, with or without a space (web copy often loses it), but not
/// after an abbreviation or an initial (« M. Breton », "U.S. officials", "J. Smith").
std::vector<Span> split_sentences(std::string_view text, Span within);

/// The sentence of `sentences` (in text order, as split_sentences gives them) that holds
/// `offset`, or null when none does; a search, so a paragraph of many sentences stays cheap.
const Span* sentence_at(const std::vector<Span>& sentences, std::size_t offset);

}  // namespace presscheck
