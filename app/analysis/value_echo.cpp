#include "analysis/value_echo.hpp"

#include <algorithm>

#include "analysis/value_topic.hpp"

namespace presscheck {
namespace {

constexpr int kLeastWordsEachSide = 2;
constexpr int kLeastWords = 6;

/// The tokens of a value's sentence on each side of the value, as indexes into the block's
/// tokens: [first, before) before it and [after, last) after it.
struct SentenceSides {
  std::size_t first = 0;
  std::size_t before = 0;
  std::size_t after = 0;
  std::size_t last = 0;
};

SentenceSides sides_of(const BlockAnalysis& block, const Value& value) {
  const Span written = written_span(value);
  // Named copies, not structured bindings: clang before 16 (the fuzz build) cannot capture
  // a structured binding in a lambda.
  const auto range = tokens_inside(block.tokens, sentence_of(block, written));
  const std::size_t first = range.first;
  const std::size_t last = range.second;
  const auto& tokens = block.tokens;
  const auto at_or_after = [&](std::size_t offset) {
    const auto it =
        std::lower_bound(tokens.begin() + first, tokens.begin() + last, offset,
                         [](const Token& t, std::size_t at) { return t.span.begin < at; });
    return static_cast<std::size_t>(it - tokens.begin());
  };
  SentenceSides sides{first, at_or_after(written.begin), at_or_after(written.end), last};
  sides.after = std::max(sides.after, sides.before);
  return sides;
}

}  // namespace

bool EchoMatch::echoes() const {
  const bool before_ok = before >= kLeastWordsEachSide || whole_before;
  const bool after_ok = after >= kLeastWordsEachSide || whole_after;
  return before_ok && after_ok && words() >= kLeastWords;
}

EchoMatch echo_between(const BlockAnalysis& top_block, const Value& top,
                       const BlockAnalysis& body_block, const Value& body) {
  const SentenceSides t = sides_of(top_block, top);
  const SentenceSides b = sides_of(body_block, body);
  const auto same = [&](std::size_t i, std::size_t j) {
    return top_block.tokens[i].folded == body_block.tokens[j].folded;
  };
  EchoMatch match;
  std::size_t i = t.before;
  std::size_t j = b.before;
  while (i > t.first && j > b.first && same(i - 1, j - 1)) {
    --i;
    --j;
    ++match.before;
  }
  match.whole_before = i == t.first && j == b.first;
  i = t.after;
  j = b.after;
  while (i < t.last && j < b.last && same(i, j)) {
    ++i;
    ++j;
    ++match.after;
  }
  match.whole_after = i == t.last && j == b.last;
  return match;
}

}  // namespace presscheck
