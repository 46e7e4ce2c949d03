#include "core/terminal_safe.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// Whether a well-formed code point is printed through an escape rather than as itself.
bool needs_escape(char32_t cp, KeptLayout keep) {
  if (cp == '\t')
    return !keep.tab;
  if (cp == '\n')
    return !keep.line_break;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || is_bidi_control(cp);
}

ShownPiece escaped(std::string_view source, std::string shown) {
  const std::size_t columns = shown.size();  // escapes are ASCII
  return {source, std::move(shown), columns};
}

}  // namespace

ShownPiece next_shown_piece(std::string_view text, KeptLayout keep) {
  utf8proc_int32_t cp = 0;
  const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                       static_cast<utf8proc_ssize_t>(text.size()), &cp);
  if (length <= 0) {  // not valid UTF-8: the byte alone, as it is in the file
    const auto byte = static_cast<unsigned char>(text.front());
    return escaped(text.substr(0, 1), fmt::format("\\x{:02x}", byte));
  }
  const std::string_view source = text.substr(0, static_cast<std::size_t>(length));
  const auto code_point = static_cast<char32_t>(cp);
  if (!needs_escape(code_point, keep))
    return {source, std::string(source), 1};
  if (code_point < 0x80)
    return escaped(source, fmt::format("\\x{:02x}", static_cast<unsigned>(code_point)));
  return escaped(source, fmt::format("\\u{:04x}", static_cast<unsigned>(code_point)));
}

bool is_terminal_safe(std::string_view text, KeptLayout keep) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    // Printable ASCII is by far the most common case: no decoding for it.
    if (byte >= 0x20 && byte < 0x7F) {
      ++pos;
      continue;
    }
    const ShownPiece piece = next_shown_piece(text.substr(pos), keep);
    if (piece.shown != piece.source)
      return false;
    pos += piece.source.size();
  }
  return true;
}

std::string terminal_safe(std::string_view text, KeptLayout keep) {
  if (is_terminal_safe(text, keep))
    return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const ShownPiece piece = next_shown_piece(text.substr(pos), keep);
    out += piece.shown;
    pos += piece.source.size();
  }
  return out;
}

std::string valid_utf8(std::string_view text) {
  if (!utf8::first_invalid(text))
    return std::string(text);
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Every escape but that of an invalid byte is a whole character kept as it is.
    const ShownPiece piece = next_shown_piece(text.substr(pos), {.tab = true, .line_break = true});
    const bool invalid =
        piece.source.size() == 1 && static_cast<unsigned char>(piece.source[0]) >= 0x80;
    out += invalid ? piece.shown : std::string(piece.source);
    pos += piece.source.size();
  }
  return out;
}

}  // namespace presscheck
