#pragma once

#include <cstddef>
#include <string_view>

#include "core/utf8.hpp"

namespace presscheck::scan {

// Small cursor helpers shared by the value parsers. Offsets are byte offsets into the
// document; the text is valid UTF-8.

inline char32_t at(std::string_view text, std::size_t pos) {
  if (pos >= text.size())
    return 0;
  return utf8::next(text, pos);
}

inline char32_t before(std::string_view text, std::size_t pos) {
  if (pos == 0)
    return 0;
  return utf8::previous(text, pos);
}

inline bool word_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && utf8::is_word_char(at(text, pos));
}

inline bool word_before(std::string_view text, std::size_t pos) {
  return pos > 0 && utf8::is_word_char(before(text, pos));
}

inline bool digit_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

inline std::size_t after_code_point(std::string_view text, std::size_t pos) {
  utf8::next(text, pos);
  return pos;
}

inline std::size_t before_code_point(std::string_view text, std::size_t pos) {
  utf8::previous(text, pos);
  return pos;
}

/// Moves past spaces (including the no-break spaces of French typography), up to `limit`.
inline std::size_t skip_spaces(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit) {
    std::size_t next = pos;
    if (!utf8::is_space(utf8::next(text, next)))
      break;
    pos = next;
  }
  return pos;
}

/// Moves back over spaces, not below `floor`.
inline std::size_t skip_spaces_back(std::string_view text, std::size_t pos, std::size_t floor) {
  while (pos > floor) {
    std::size_t previous = pos;
    if (!utf8::is_space(utf8::previous(text, previous)))
      break;
    pos = previous;
  }
  return pos;
}

/// Moves past letters and digits, up to `limit`.
inline std::size_t skip_word(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit) {
    std::size_t next = pos;
    if (!utf8::is_word_char(utf8::next(text, next)))
      break;
    pos = next;
  }
  return pos;
}

}  // namespace presscheck::scan
