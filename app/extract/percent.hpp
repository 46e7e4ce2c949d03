#pragma once

#include <optional>
#include <string_view>

#include "extract/lexicon.hpp"

namespace presscheck {

/// The percent sign or words after a number, glued or after any space: « 3,5 % »
/// (U+00A0 and U+202F included), "3.5%", « 3,5 pour cent », "3.5 per cent", "3.5 pct".
std::optional<LexiconMatch> percent_after(const Lexicon& percent_words, std::string_view text,
                                          std::size_t end, std::size_t limit);

}  // namespace presscheck
