#include "extract/money.hpp"

#include "extract/scan.hpp"

namespace presscheck {

std::optional<LexiconMatch> currency_before(const Lexicon& currencies, std::string_view text,
                                            std::size_t start, std::size_t floor) {
  auto match = currencies.ending_at(text, scan::skip_spaces_back(text, start, floor), floor);
  // "EUR120" is a code, not an amount: a currency word glued to the digits does not count,
  // while a symbol may be (« €120 »).
  if (match && match->span.end == start && scan::word_before(text, start))
    return std::nullopt;
  return match;
}

std::optional<LexiconMatch> currency_after(const Lexicon& currencies, std::string_view text,
                                           std::size_t end, std::size_t limit) {
  return currencies.at(text, scan::skip_spaces(text, end, limit), limit);
}

}  // namespace presscheck
