#include "analysis/figure_shape.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace presscheck {

bool is_glued(std::string_view text, Span span) {
  if (span.begin > 0) {
    std::size_t pos = span.begin;
    const char32_t before = utf8::previous(text, pos);
    if (utf8::is_letter(before))
      return true;
    if (before == '-' && pos > 0 && utf8::is_letter(utf8::previous(text, pos)))
      return true;
  }
  if (span.end < text.size()) {
    std::size_t pos = span.end;
    if (utf8::is_letter(utf8::next(text, pos)))
      return true;
  }
  return false;
}

// A bare whole number from 1800 to 2100 is a year far more often than a count ("HIGHER
// 1987 GROWTH"); written with a separator (« 2 019 ») or a scale it is a count.
bool is_bare_year(const Document& doc, const Value& value) {
  if (value.kind != ValueKind::number || !value.exact || *value.exact < 1800 ||
      *value.exact > 2100) {
    return false;
  }
  const std::string_view written = doc.slice(value.span);
  return written.size() == 4 &&
         std::all_of(written.begin(), written.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         !is_glued(doc.text, value.span);
}

}  // namespace presscheck
