#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace presscheck::lsp {

/// How an LSP client counts the `character` of a position: UTF-16 code units (the
/// protocol's default) or UTF-8 bytes.
enum class PositionEncoding { utf16, utf8 };

/// The name the protocol gives an encoding ("utf-16", "utf-8").
std::string_view encoding_name(PositionEncoding encoding);

/// The encoding to use given those a client offers in order of preference (the
/// `general.positionEncodings` capability): UTF-8 when offered, since it is ours and costs
/// no conversion, else the protocol's default UTF-16.
PositionEncoding negotiate_encoding(const std::vector<std::string_view>& offered);

/// An LSP position: 0-based line and 0-based character in the negotiated encoding.
struct LspPosition {
  std::size_t line = 0;
  std::size_t character = 0;
  friend bool operator==(const LspPosition&, const LspPosition&) = default;
};

/// Converts between byte offsets of one UTF-8 text and LSP positions. Lines end at "\n",
/// "\r\n" or "\r", as the protocol says. Built once per version of a document, in linear
/// time; each conversion then walks one line at most.
class PositionMap {
 public:
  PositionMap(std::string_view text, PositionEncoding encoding);

  LspPosition position(std::size_t offset) const;
  /// The byte offset of a position; a character past the line's end means the line's end, a
  /// line past the last the text's end, and a character inside a code point (half a
  /// surrogate pair) that code point's first byte.
  std::size_t offset(LspPosition position) const;

 private:
  std::size_t line_end(std::size_t line) const;  // before its line break

  std::string_view text_;
  PositionEncoding encoding_;
  std::vector<std::size_t> starts_;
};

}  // namespace presscheck::lsp
