#include "lsp/position_encoding.hpp"

#include <algorithm>

namespace presscheck::lsp {
namespace {

// Bytes of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte, so that
// a walk always moves on).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0)
    return 4;
  if (lead >= 0xE0)
    return 3;
  if (lead >= 0xC0)
    return 2;
  return 1;
}

// Code units one code point takes: a 4-byte sequence is a surrogate pair in UTF-16.
std::size_t units(std::size_t bytes, PositionEncoding encoding) {
  if (encoding == PositionEncoding::utf8)
    return bytes;
  return bytes == 4 ? 2 : 1;
}

}  // namespace

std::string_view encoding_name(PositionEncoding encoding) {
  return encoding == PositionEncoding::utf8 ? "utf-8" : "utf-16";
}

PositionEncoding negotiate_encoding(const std::vector<std::string_view>& offered) {
  const bool utf8 = std::find(offered.begin(), offered.end(), "utf-8") != offered.end();
  return utf8 ? PositionEncoding::utf8 : PositionEncoding::utf16;
}

PositionMap::PositionMap(std::string_view text, PositionEncoding encoding)
    : text_(text), encoding_(encoding), starts_{0} {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
      starts_.push_back(i + 1);
  }
}

std::size_t PositionMap::line_end(std::size_t line) const {
  std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] : text_.size();
  if (end > starts_[line] && line + 1 < starts_.size()) {
    --end;  // the "\n" or lone "\r"
    if (text_[end] == '\n' && end > starts_[line] && text_[end - 1] == '\r')
      --end;
  }
  return end;
}

LspPosition PositionMap::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(after - starts_.begin()) - 1;
  const std::size_t end = std::min(offset, line_end(line));
  std::size_t character = 0;
  for (std::size_t pos = starts_[line]; pos < end;) {
    const std::size_t length = sequence_length(static_cast<unsigned char>(text_[pos]));
    character += units(length, encoding_);
    pos += length;
  }
  return {line, character};
}

std::size_t PositionMap::offset(LspPosition position) const {
  if (position.line >= starts_.size())
    return text_.size();
  const std::size_t end = line_end(position.line);
  std::size_t pos = starts_[position.line];
  std::size_t character = 0;
  while (pos < end) {
    const std::size_t length = sequence_length(static_cast<unsigned char>(text_[pos]));
    const std::size_t next = character + units(length, encoding_);
    if (next > position.character)
      break;
    character = next;
    pos = std::min(pos + length, end);
  }
  return pos;
}

}  // namespace presscheck::lsp
