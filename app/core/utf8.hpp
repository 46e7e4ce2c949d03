#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace presscheck::utf8 {

/// Offset of the first byte that does not start a well-formed UTF-8 sequence, if any.
std::optional<std::size_t> first_invalid(std::string_view text);

/// Decodes the code point at `pos` and moves `pos` past it. The text must be valid UTF-8.
char32_t next(std::string_view text, std::size_t& pos);

/// Decodes the code point that ends at `pos` and moves `pos` back to its first byte.
char32_t previous(std::string_view text, std::size_t& pos);

void append(std::string& out, char32_t cp);
std::size_t count_code_points(std::string_view text);

bool is_letter(char32_t cp);
bool is_digit(char32_t cp);
inline bool is_word_char(char32_t cp) {
  return is_letter(cp) || is_digit(cp);
}
/// Spaces, tabs, line breaks and the no-break spaces French typography uses.
bool is_space(char32_t cp);
/// Straight and typographic apostrophes, which are also single quotation marks.
bool is_apostrophe(char32_t cp);

/// Lower case without accents, for matching words written differently: « Été » -> "ete".
std::string fold(std::string_view text);
/// Appends the folded form of one code point.
void fold_into(std::string& out, char32_t cp);

}  // namespace presscheck::utf8
