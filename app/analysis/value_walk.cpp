#include "analysis/value_walk.hpp"

#include <algorithm>

#include "analysis/value_topic.hpp"
#include "core/utf8.hpp"

namespace presscheck {
namespace {

// The index of the first token starting at or after `offset`.
std::ptrdiff_t first_from(const BlockAnalysis& block, std::size_t offset) {
  const auto& tokens = block.tokens;
  return std::lower_bound(
             tokens.begin(), tokens.end(), offset,
             [](const Token& token, std::size_t at) { return token.span.begin < at; }) -
         tokens.begin();
}

}  // namespace

bool breaks_clause(std::string_view gap) {
  std::size_t pos = 0;
  while (pos < gap.size()) {
    const char32_t cp = utf8::next(gap, pos);
    if (!utf8::is_space(cp) && !utf8::is_apostrophe(cp) && cp != '-')
      return true;
  }
  return false;
}

// Values are in text order and never overlap, approximators included: one search finds
// the only one that may overlap `span` (a scan of all of them, for each word read around
// each value, made a paragraph of thousands of figures quadratic).
bool inside_value(const BlockExtraction& found, Span span) {
  const auto value =
      std::upper_bound(found.values.begin(), found.values.end(), span.begin,
                       [](std::size_t at, const Value& v) { return at < written_span(v).end; });
  return value != found.values.end() && written_span(*value).overlaps(span);
}

Walk Walk::after(const Document& doc, const BlockAnalysis& block, const BlockExtraction& found,
                 const Value& value) {
  const Span written = written_span(value);
  return Walk(doc, block, found, first_from(block, written.end), 1, written.end);
}

Walk Walk::before(const Document& doc, const BlockAnalysis& block, const BlockExtraction& found,
                  const Value& value) {
  const Span written = written_span(value);
  return Walk(doc, block, found, first_from(block, written.begin) - 1, -1, written.begin);
}

const Token* Walk::next() {
  if (at_ < 0 || at_ >= static_cast<std::ptrdiff_t>(block_.tokens.size()))
    return nullptr;
  const Token& token = block_.tokens[static_cast<std::size_t>(at_)];
  const Span gap = step_ > 0 ? Span{previous_, token.span.begin} : Span{token.span.end, previous_};
  if (breaks_clause(doc_.slice(gap)) || inside_value(found_, token.span))
    return nullptr;
  previous_ = step_ > 0 ? token.span.end : token.span.begin;
  at_ += step_;
  return &token;
}

}  // namespace presscheck
