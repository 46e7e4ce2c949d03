#pragma once

// What the three front matter readers (YAML, TOML, JSON) share: the block they read, the
// decoded value under construction with the origin of each byte, and positions.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "input/front_matter.hpp"
#include "input/mapped_text.hpp"

namespace presscheck::front_matter {

/// The text between the fences of a front matter block, within the whole file.
struct Block {
  std::string_view file;
  Span content;
  std::size_t first_line = 1;  // 1-based line of the file where `content` starts

  std::string_view text() const { return file.substr(content.begin, content.size()); }
};

/// A decoded value being built, each byte with the range of the block it came from. Unlike
/// MappedText it can drop its tail, which YAML's trimming and chomping need.
class SourceMapBuilder {
 public:
  void add(std::string_view decoded, std::size_t begin, std::size_t end);
  /// Adds `count` copies of `c`, all standing for [begin, end).
  void add_repeated(char c, std::size_t count, std::size_t begin, std::size_t end);
  void truncate(std::size_t size);

  const std::string& text() const { return text_; }
  std::size_t size() const { return text_.size(); }

  /// The finished text, its origins moved by `shift` (the block's offset in the file).
  MappedText finish(std::size_t shift) const;

 private:
  std::string text_;
  std::vector<Span> origin_;
};

/// Byte length of the line break at `pos` ("\n" or "\r\n"), 0 if there is none.
std::size_t break_length(std::string_view text, std::size_t pos);

/// Appends the UTF-8 form of the code point written as `digits` hexadecimal digits at
/// `pos`; false when they are not all hexadecimal or do not name a Unicode scalar value.
bool append_hex_code_point(std::string_view text, std::size_t pos, std::size_t digits,
                           std::string& out);

/// Reads a code point written as hexadecimal digits; false if one is not a hex digit.
bool parse_hex(std::string_view digits, char32_t& value);

/// Byte offset within `text` of a 1-based line and a 1-based column in code points, as
/// toml++ and the JSON reader give them; clamped to the end of that line.
std::size_t offset_of(std::string_view text, const std::vector<std::size_t>& line_starts,
                      std::size_t line, std::size_t column);
/// Offsets where each line of `text` starts.
std::vector<std::size_t> line_starts(std::string_view text);

/// A value whose bytes all stand for themselves: the source text of a number or a date.
FrontMatterValue verbatim_value(const Block& block, Span span, std::size_t line);

/// An error at `offset` of the file: the span covers the character there, so that a caret
/// can point at it, or nothing at a line break or at the end.
FrontMatterError error_at(std::string_view file, std::size_t offset, std::string reason);

}  // namespace presscheck::front_matter
