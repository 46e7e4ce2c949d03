#pragma once

#include <cstddef>

namespace presscheck {

/// A half-open range of byte offsets into a document's UTF-8 text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(std::size_t offset) const { return offset >= begin && offset < end; }
  bool contains(Span other) const { return other.begin >= begin && other.end <= end; }
  bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
  friend bool operator==(Span, Span) = default;
};

}  // namespace presscheck
