#include "core/line_index.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace presscheck {

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n')
      starts_.push_back(i + 1);
  }
}

Position LineIndex::position(std::string_view text, std::size_t offset) const {
  offset = std::min(offset, text.size());
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(after - starts_.begin());
  const std::size_t start = starts_[line - 1];
  return {line, utf8::count_code_points(text.substr(start, offset - start)) + 1};
}

std::string_view LineIndex::line_text(std::string_view text, std::size_t line) const {
  if (line == 0 || line > starts_.size())
    return {};
  const std::size_t start = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] - 1 : text.size();
  if (end > start && text[end - 1] == '\r')
    --end;
  return text.substr(start, end - start);
}

}  // namespace presscheck
