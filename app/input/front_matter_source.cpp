#include "input/front_matter_source.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace presscheck::front_matter {

void SourceMapBuilder::add(std::string_view decoded, std::size_t begin, std::size_t end) {
  text_ += decoded;
  origin_.insert(origin_.end(), decoded.size(), Span{begin, end});
}

void SourceMapBuilder::add_repeated(char c, std::size_t count, std::size_t begin, std::size_t end) {
  text_.append(count, c);
  origin_.insert(origin_.end(), count, Span{begin, end});
}

void SourceMapBuilder::truncate(std::size_t size) {
  if (size < text_.size()) {
    text_.resize(size);
    origin_.resize(size);
  }
}

MappedText SourceMapBuilder::finish(std::size_t shift) const {
  MappedText mapped;
  std::size_t run = 0;
  // Bytes that came from the same source range (the UTF-8 bytes of one escape) go in one
  // piece; the others one by one, each to its own byte.
  for (std::size_t i = 1; i <= text_.size(); ++i) {
    if (i == text_.size() || !(origin_[i] == origin_[run])) {
      mapped.put(std::string_view(text_).substr(run, i - run), origin_[run].begin + shift,
                 origin_[run].end + shift);
      run = i;
    }
  }
  return mapped;
}

std::size_t break_length(std::string_view text, std::size_t pos) {
  if (pos < text.size() && text[pos] == '\n')
    return 1;
  if (pos + 1 < text.size() && text[pos] == '\r' && text[pos + 1] == '\n')
    return 2;
  return 0;
}

bool parse_hex(std::string_view digits, char32_t& value) {
  value = 0;
  for (const char c : digits) {
    int digit = 0;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      return false;
    }
    value = value * 16 + static_cast<char32_t>(digit);
  }
  return true;
}

bool append_hex_code_point(std::string_view text, std::size_t pos, std::size_t digits,
                           std::string& out) {
  char32_t value = 0;
  if (pos + digits > text.size() || !parse_hex(text.substr(pos, digits), value))
    return false;
  if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
    return false;
  utf8::append(out, value);
  return true;
}

std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t pos = text.find('\n'); pos != std::string_view::npos;
       pos = text.find('\n', pos + 1)) {
    starts.push_back(pos + 1);
  }
  return starts;
}

std::size_t offset_of(std::string_view text, const std::vector<std::size_t>& starts,
                      std::size_t line, std::size_t column) {
  if (line == 0 || line > starts.size())
    return text.size();
  std::size_t pos = starts[line - 1];
  const std::size_t line_end = line < starts.size() ? starts[line] - 1 : text.size();
  // Count code points by their first bytes; this stays in bounds on any bytes.
  for (std::size_t left = column > 0 ? column - 1 : 0; left > 0 && pos < line_end; --left) {
    ++pos;
    while (pos < line_end && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80)
      ++pos;
  }
  return pos;
}

FrontMatterValue verbatim_value(const Block& block, Span span, std::size_t line) {
  FrontMatterValue value;
  const std::string_view text = block.text();
  for (std::size_t i = span.begin; i < span.end; ++i)
    value.text.put(text.substr(i, 1), block.content.begin + i, block.content.begin + i + 1);
  value.line = line;
  return value;
}

FrontMatterError error_at(std::string_view file, std::size_t offset, std::string reason) {
  offset = std::min(offset, file.size());
  std::size_t end = offset;
  if (end < file.size() && file[end] != '\n' && break_length(file, end) == 0) {
    ++end;
    while (end < file.size() && (static_cast<unsigned char>(file[end]) & 0xC0) == 0x80)
      ++end;
  }
  return {{offset, end}, std::move(reason)};
}

}  // namespace presscheck::front_matter
