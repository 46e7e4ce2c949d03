#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace presscheck::facts {

/// At most this many words of a search reach the index; the rest are ignored.
inline constexpr std::size_t kMaxSearchWords = 32;

/// Turns user text into an FTS5 query of plain words: every run of letters and digits
/// becomes one quoted token, and the tokens must all match. FTS5 syntax in the text
/// (quotes, *, NEAR, OR, AND, -, :, parentheses) is thereby inert. Empty when the text has
/// no word.
std::string to_fts_query(std::string_view text);

}  // namespace presscheck::facts
