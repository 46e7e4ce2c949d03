#include "checks/value_pairing.hpp"

#include <algorithm>

#include "core/utf8.hpp"
#include "extract/agreement.hpp"
#include "extract/near_miss.hpp"

namespace presscheck {
namespace {

struct BodyValue {
  const Value* value;
  ValueTopic topic;
};

// Wire headlines in capitals ("4TH QTR JAN 31 NET") lose what reading values relies on:
// « JAN 31 » is not read as a date, so its day would be taken for a count.
bool is_in_capitals(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = utf8::next(text, pos);
    if (utf8::is_letter(cp) && !is_latin_capital(cp))
      return false;
  }
  return true;
}

}  // namespace

std::vector<Contradiction> contradicted_values(const CheckContext& context,
                                               const PairingRules& rules) {
  std::vector<Contradiction> found;
  if (context.extraction == nullptr)
    return found;
  const auto& blocks = context.analysis.blocks;
  const auto& extracted = context.extraction->blocks;
  const std::size_t count = std::min(blocks.size(), extracted.size());
  std::vector<const Value*> body_values;
  std::vector<BodyValue> candidates;
  for (std::size_t i = 0; i < count; ++i) {
    if (blocks[i].block.part != Part::body)
      continue;
    for (const Value& value : extracted[i].values) {
      if (rules.may_agree(value))
        body_values.push_back(&value);
      if (rules.accepts(value))
        candidates.push_back({&value, topic_of(context.document, blocks[i], extracted[i], value)});
    }
  }
  if (candidates.empty())
    return found;
  for (std::size_t i = 0; i < count; ++i) {
    if (blocks[i].block.part == Part::body ||
        is_in_capitals(context.document.slice(blocks[i].block.span))) {
      continue;
    }
    for (const Value& value : extracted[i].values) {
      if (!rules.accepts(value) || is_quoted(blocks[i], value))
        continue;
      const ValueTopic topic = topic_of(context.document, blocks[i], extracted[i], value);
      if (topic.empty())
        continue;
      std::vector<const Value*> witnesses;
      for (const BodyValue& candidate : candidates) {
        if (rules.comparable(value, *candidate.value) && topic.unit == candidate.topic.unit &&
            same_topic(topic, candidate.topic)) {
          witnesses.push_back(candidate.value);
        }
      }
      const bool consistent = std::all_of(witnesses.begin(), witnesses.end(), [&](const Value* w) {
        return agrees(*w, *witnesses.front());
      });
      if (witnesses.empty() || !consistent)
        continue;
      const bool agreed = std::any_of(body_values.begin(), body_values.end(),
                                      [&](const Value* other) { return agrees(value, *other); });
      if (!agreed)
        found.push_back({blocks[i].block.part, &value, witnesses.front()});
    }
  }
  return found;
}

Diagnostic contradiction_finding(const RuleInfo& rule, const Contradiction& found,
                                 std::string message, std::string evidence) {
  Diagnostic diagnostic;
  diagnostic.rule = std::string(rule.id);
  diagnostic.severity = rule.severity;
  diagnostic.span = written_span(*found.top);
  diagnostic.message = std::move(message);
  diagnostic.evidence.push_back({written_span(*found.body), std::move(evidence)});
  return diagnostic;
}

}  // namespace presscheck
