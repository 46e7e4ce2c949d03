#include "extract/claim.hpp"

#include <algorithm>
#include <optional>

namespace presscheck {
namespace {

// How far a value may stand from its label: « amende [de] 120 millions », « 120 millions
// d'euros [d'] amende », "fined X [€]120 million".
constexpr std::size_t kMaxWordsBetween = 4;

bool kind_fits(facts::ValueType type, ValueKind kind) {
  switch (type) {
    case facts::ValueType::money:
      return kind == ValueKind::money;
    case facts::ValueType::quantity:
      return kind == ValueKind::number;
    case facts::ValueType::percent:
      return kind == ValueKind::percent;
    case facts::ValueType::date:
      return kind == ValueKind::date;
    default:
      return false;
  }
}

// The words between a label and a value, whichever comes first.
std::size_t words_apart(const BlockAnalysis& block, Span a, Span b) {
  return words_between(block.tokens, std::min(a.end, b.end), std::max(a.begin, b.begin));
}

// The value of the right kind nearest to the label, if one is close enough.
const Value* value_for(const BlockAnalysis& block, const BlockExtraction& found, Span sentence,
                       Span label, facts::ValueType type) {
  const Value* best = nullptr;
  std::size_t best_distance = kMaxWordsBetween + 1;
  for (const Value& value : found.values) {
    if (!sentence.contains(value.span) || !kind_fits(type, value.kind))
      continue;
    const std::size_t distance = words_apart(block, label, value.span);
    if (distance < best_distance) {
      best = &value;
      best_distance = distance;
    }
  }
  return best;
}

// The one entity of the sentence that has the property, or none when there are several.
std::optional<std::string> subject_for(const FactIndex& facts, const BlockExtraction& found,
                                       Span sentence, const std::string& property) {
  std::optional<std::string> subject;
  for (const Mention& mention : found.entities) {
    if (!sentence.contains(mention.span))
      continue;
    for (const std::string& entity : mention.ids) {
      if (!facts.has_property(entity, property))
        continue;
      if (subject && *subject != entity)
        return std::nullopt;
      subject = entity;
    }
  }
  return subject;
}

}  // namespace

std::vector<ValueClaim> read_value_claims(const Analysis& analysis, const Extraction& extraction,
                                          const FactIndex& facts) {
  std::vector<ValueClaim> claims;
  for (std::size_t b = 0; b < analysis.blocks.size() && b < extraction.blocks.size(); ++b) {
    const BlockAnalysis& block = analysis.blocks[b];
    const BlockExtraction& found = extraction.blocks[b];
    for (const Mention& label : found.labels) {
      const Span sentence = sentence_holding(block, label.span);
      for (const std::string& property_id : label.ids) {
        const auto property = facts.base().property(property_id);
        if (!property)
          continue;
        const Value* value = value_for(block, found, sentence, label.span, property->value_type);
        if (value == nullptr)
          continue;
        const auto subject = subject_for(facts, found, sentence, property_id);
        if (!subject)
          continue;
        ValueClaim claim{&block, sentence, *subject, property_id, label.span, value, {}};
        for (const Value& other : found.values) {
          if (other.kind == ValueKind::date && sentence.contains(other.span))
            claim.dates.push_back(&other);
        }
        claims.push_back(std::move(claim));
      }
    }
  }
  return claims;
}

}  // namespace presscheck
