#include "checks/value_pairing.hpp"

#include <algorithm>

#include "checks/value_role.hpp"
#include "core/utf8.hpp"
#include "extract/near_miss.hpp"

namespace presscheck {
namespace {

struct BodyValue {
  const Value* value;
  ValueTopic topic;
  const BlockAnalysis* block;
  const BlockExtraction* found;
};

/// The body's values a check reads, each with its topic.
struct BodyValues {
  std::vector<BodyValue> candidates;  // accepted: those that can contradict
  std::vector<BodyValue> agreeing;    // those that may agree
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

// A bound of a range or a part of a total is not the figure itself.
bool stands_alone(const BlockAnalysis& block, const BlockExtraction& found, const Value& value) {
  return !is_range_bound(block, found, value) && !is_subset(block, value);
}

BodyValues read_body(const CheckContext& context, const PairingRules& rules, std::size_t count) {
  BodyValues body;
  const auto& blocks = context.analysis.blocks;
  const auto& extracted = context.extraction->blocks;
  for (std::size_t i = 0; i < count; ++i) {
    if (blocks[i].block.part != Part::body)
      continue;
    for (const Value& value : extracted[i].values) {
      const bool accepted =
          rules.accepts(value, Part::body) && stands_alone(blocks[i], extracted[i], value);
      if (!accepted && !rules.may_agree(value))
        continue;
      BodyValue read{&value, topic_of(context.document, blocks[i], extracted[i], value), &blocks[i],
                     &extracted[i]};
      if (rules.may_agree(value))
        body.agreeing.push_back(read);
      if (accepted)
        body.candidates.push_back(std::move(read));
    }
  }
  return body;
}

// Whether a body value about another topic still confirms the headline's: the same
// figure written alike, or an agreeing one in a sentence that shares a word with the
// headline's clause (« Le Dow Jones […] s'est apprécié de 2,05 % » under « le Dow Jones
// grimpe de 2 % »).
bool confirms(const Value& value, const ValueTopic& clause, const BodyValue& other,
              const PairingRules& rules) {
  if (rules.same_figure && rules.same_figure(value, *other.value))
    return true;
  return rules.agree(value, *other.value) &&
         same_topic(clause, clause_topic(*other.block, *other.found, *other.value));
}

// The body value a headline value contradicts, or null: the body's comparable values
// about its topic all say one thing, and none that may agree does.
const Value* contradicting(const Value& value, const ValueTopic& topic, const ValueTopic& clause,
                           const BodyValues& body, const PairingRules& rules) {
  std::vector<const Value*> witnesses;
  for (const BodyValue& candidate : body.candidates) {
    if (rules.comparable(value, *candidate.value) && topic.unit == candidate.topic.unit &&
        same_topic(topic, candidate.topic)) {
      witnesses.push_back(candidate.value);
    }
  }
  const bool consistent = std::all_of(witnesses.begin(), witnesses.end(), [&](const Value* w) {
    return rules.agree(*w, *witnesses.front());
  });
  if (witnesses.empty() || !consistent)
    return nullptr;
  const bool agreed =
      std::any_of(body.agreeing.begin(), body.agreeing.end(), [&](const BodyValue& other) {
        if (rules.any_topic_agrees || !other.topic.named() || same_topic(topic, other.topic))
          return rules.agree(value, *other.value);
        return confirms(value, clause, other, rules);
      });
  return agreed ? nullptr : witnesses.front();
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
  const BodyValues body = read_body(context, rules, count);
  if (body.candidates.empty())
    return found;
  for (std::size_t i = 0; i < count; ++i) {
    const Part part = blocks[i].block.part;
    if (part == Part::body || is_in_capitals(context.document.slice(blocks[i].block.span)))
      continue;
    for (const Value& value : extracted[i].values) {
      if (!rules.accepts(value, part) || is_quoted(blocks[i], value) ||
          !stands_alone(blocks[i], extracted[i], value)) {
        continue;
      }
      const ValueTopic clause = clause_topic(blocks[i], extracted[i], value);
      ValueTopic topic = topic_of(context.document, blocks[i], extracted[i], value);
      if (!topic.named() && rules.takes_clause && rules.takes_clause(value))
        topic.words = clause.words;
      if (topic.empty())
        continue;
      if (const Value* witness = contradicting(value, topic, clause, body, rules))
        found.push_back({part, &value, witness});
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
