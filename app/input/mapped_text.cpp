#include "input/mapped_text.hpp"

#include <algorithm>

namespace presscheck {

MappedText MappedText::identity(std::string_view source) {
  MappedText mapped;
  mapped.put_verbatim(source, 0);
  return mapped;
}

void MappedText::put(std::string_view decoded, std::size_t begin, std::size_t end) {
  text_ += decoded;
  begin_.insert(begin_.end(), decoded.size(), static_cast<std::uint32_t>(begin));
  end_.insert(end_.end(), decoded.size(), static_cast<std::uint32_t>(end));
}

void MappedText::put_verbatim(std::string_view bytes, std::size_t begin) {
  text_ += bytes;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    begin_.push_back(static_cast<std::uint32_t>(begin + i));
    end_.push_back(static_cast<std::uint32_t>(begin + i + 1));
  }
}

void MappedText::append(const MappedText& other, std::size_t from, std::size_t to) {
  text_.append(other.text_, from, to - from);
  begin_.insert(begin_.end(), other.begin_.begin() + from, other.begin_.begin() + to);
  end_.insert(end_.end(), other.end_.begin() + from, other.end_.begin() + to);
}

std::size_t MappedText::source_begin(std::size_t offset) const {
  if (offset < begin_.size())
    return begin_[offset];
  return end_.empty() ? 0 : end_.back();
}

std::size_t MappedText::source_end(std::size_t offset) const {
  if (offset == 0 || end_.empty())
    return source_begin(0);
  return end_[std::min(offset, end_.size()) - 1];
}

Span MappedText::to_source(Span span) const {
  const std::size_t begin = source_begin(span.begin);
  if (span.empty())
    return {begin, begin};
  return {begin, std::max(begin, source_end(span.end))};
}

}  // namespace presscheck
