#pragma once

#include <optional>
#include <string_view>

#include "extract/lexicon.hpp"

namespace presscheck {

/// The currency written right before an amount, glued or after spaces: "€120", "$1.5bn",
/// "EUR 120"; only a symbol or a code in capitals. `start` is where the number starts; the match
/// must not begin before `floor`.
std::optional<LexiconMatch> currency_before(const Lexicon& currencies, std::string_view text,
                                            std::size_t start, std::size_t floor);

/// The currency written after an amount: « 120 € », « 120 M€ », « 120 millions d'euros »,
/// "120 mln dlrs". `end` is where the number or its scale ends.
std::optional<LexiconMatch> currency_after(const Lexicon& currencies, std::string_view text,
                                           std::size_t end, std::size_t limit);

}  // namespace presscheck
