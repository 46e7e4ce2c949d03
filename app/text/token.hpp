#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace presscheck {

/// A word or a number, with its folded form for matching (« Été » -> "ete").
struct Token {
  Span span;
  std::string folded;
};

/// Splits `within` into words: runs of letters and digits. Apostrophes and hyphens split
/// words (« l'UE » -> l, ue), so elisions and compounds match however they are typed.
std::vector<Token> tokenize(std::string_view text, Span within);

/// Tokens whose span lies inside `within`, as a subrange of `tokens`.
std::pair<std::size_t, std::size_t> tokens_inside(const std::vector<Token>& tokens, Span within);

/// How many words stand whole between two offsets (none when `to` is not after `from`).
std::size_t words_between(const std::vector<Token>& tokens, std::size_t from, std::size_t to);

}  // namespace presscheck
