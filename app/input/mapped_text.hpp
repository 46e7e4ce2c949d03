#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace presscheck {

/// Text decoded from a file (Markdown and HTML markup, entities, JSON escapes), with the range of
/// the file each byte came from, so that findings point at the file and not at the decoding.
class MappedText {
 public:
  /// Every byte of `source`, each standing for itself.
  static MappedText identity(std::string_view source);

  /// Appends `decoded`, every byte of it standing for the file range [begin, end).
  void put(std::string_view decoded, std::size_t begin, std::size_t end);
  /// Appends bytes copied from the file at `begin`, each standing for itself.
  void put_verbatim(std::string_view bytes, std::size_t begin);
  /// Appends the bytes [from, to) of `other` with their origins.
  void append(const MappedText& other, std::size_t from, std::size_t to);
  void append(const MappedText& other) { append(other, 0, other.size()); }

  /// The file range a span of this text came from.
  Span to_source(Span span) const;
  /// Where the byte at `offset` came from (the end of the text maps after its last byte).
  std::size_t source_begin(std::size_t offset) const;
  std::size_t source_end(std::size_t offset) const;

  const std::string& text() const { return text_; }
  std::size_t size() const { return text_.size(); }
  bool empty() const { return text_.empty(); }

 private:
  std::string text_;
  // Files are at most 16 MiB (and stdin fits in memory), so 32 bits are enough and halve
  // the cost of the map.
  std::vector<std::uint32_t> begin_;
  std::vector<std::uint32_t> end_;
};

}  // namespace presscheck
