#include "extract/money.hpp"

#include <algorithm>

#include "extract/scan.hpp"

namespace presscheck {

std::optional<LexiconMatch> currency_before(const Lexicon& currencies, std::string_view text,
                                            std::size_t start, std::size_t floor) {
  auto match = currencies.ending_at(text, scan::skip_spaces_back(text, start, floor), floor);
  if (!match)
    return std::nullopt;
  // Only symbols (€120, US$ 40) and codes in capitals (EUR 40) stand before an amount; a
  // currency word there belongs to the phrase before ("the dollar 1987 outlook").
  if (scan::word_before(text, match->span.end)) {
    const std::string_view written = text.substr(match->span.begin, match->span.size());
    const bool code = std::all_of(written.begin(), written.end(),
                                  [](char c) { return (c >= 'A' && c <= 'Z') || c == '$'; });
    // "EUR120" is a code glued to digits, not an amount.
    if (!code || match->span.end == start)
      return std::nullopt;
  }
  return match;
}

std::optional<LexiconMatch> currency_after(const Lexicon& currencies, std::string_view text,
                                           std::size_t end, std::size_t limit) {
  return currencies.at(text, scan::skip_spaces(text, end, limit), limit);
}

}  // namespace presscheck
