#include "analysis/value_role.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "analysis/value_topic.hpp"

namespace presscheck {
namespace {

// The words that open a range before its first bound.
constexpr std::string_view kRangeOpeners[] = {"entre", "between", "de", "du", "from"};
// The words between its two bounds.
constexpr std::string_view kRangeLinks[] = {"et", "and", "a", "au", "to"};
// The words that make a figure part of another: « dont », "including", « parmi eux ».
constexpr std::string_view kSubsetMarkers[] = {"dont",  "including", "among",
                                               "parmi", "notamment", "incluant"};

template <std::size_t N>
bool listed(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// The token that ends right before `offset`, or null.
const Token* token_before(const BlockAnalysis& block, std::size_t offset) {
  const auto after =
      std::lower_bound(block.tokens.begin(), block.tokens.end(), offset,
                       [](const Token& token, std::size_t at) { return token.span.begin < at; });
  if (after == block.tokens.begin())
    return nullptr;
  return &*std::prev(after);
}

// The token right after `offset`, or null.
const Token* token_after(const BlockAnalysis& block, std::size_t offset) {
  const auto next =
      std::lower_bound(block.tokens.begin(), block.tokens.end(), offset,
                       [](const Token& token, std::size_t at) { return token.span.begin < at; });
  return next == block.tokens.end() ? nullptr : &*next;
}

bool word_before_is(const BlockAnalysis& block, const Value& value,
                    bool (*test)(std::string_view)) {
  const Token* before = token_before(block, written_span(value).begin);
  return before != nullptr && test(before->folded);
}

bool opens_range(std::string_view word) {
  return listed(kRangeOpeners, word);
}
bool links_range(std::string_view word) {
  return listed(kRangeLinks, word);
}
bool marks_subset(std::string_view word) {
  return listed(kSubsetMarkers, word);
}

// Whether `first` and `second` are written « X et Y », "X to Y", with the link alone
// between them.
bool linked(const BlockAnalysis& block, const Value& first, const Value& second) {
  const Token* link = token_after(block, first.span.end);
  return link != nullptr && links_range(link->folded) &&
         token_before(block, written_span(second).begin) == link;
}

}  // namespace

bool is_range_bound(const BlockAnalysis& block, const BlockExtraction& found, const Value& value) {
  const std::size_t position = position_of(found, value);
  if (position == found.values.size())
    return false;
  const auto at = found.values.begin() + static_cast<long>(position);
  if (std::next(at) != found.values.end() && linked(block, *at, *std::next(at)) &&
      word_before_is(block, *at, opens_range)) {
    return true;
  }
  if (at != found.values.begin() && linked(block, *std::prev(at), *at) &&
      word_before_is(block, *std::prev(at), opens_range)) {
    return true;
  }
  // « entre 13,7 et 16 % »: the first bound is read alone when the second is not a value.
  const Token* before = token_before(block, written_span(value).begin);
  return before != nullptr && (before->folded == "entre" || before->folded == "between");
}

bool is_subset(const BlockAnalysis& block, const Value& value) {
  return word_before_is(block, value, marks_subset);
}

}  // namespace presscheck
