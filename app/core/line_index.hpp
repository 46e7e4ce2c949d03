#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace presscheck {

/// A 1-based line and a 1-based column counted in Unicode code points.
struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// Maps byte offsets of one text to lines and code-point columns.
class LineIndex {
 public:
  LineIndex() : starts_{0} {}
  explicit LineIndex(std::string_view text);

  Position position(std::string_view text, std::size_t offset) const;
  /// The line holding `offset`, without its line break (nor a CR before it).
  std::string_view line_text(std::string_view text, std::size_t line) const;
  std::size_t line_count() const { return starts_.size(); }

 private:
  std::vector<std::size_t> starts_;
};

}  // namespace presscheck
