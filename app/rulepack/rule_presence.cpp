#include "rulepack/rule_presence.hpp"

#include "rulepack/pattern_rule.hpp"

namespace presscheck {

RulePresence::RulePresence(Span block, std::vector<std::uint64_t> present)
    : scanned_(true), block_(block), present_(std::move(present)) {}

bool RulePresence::may_match(const PatternRule& rule) const {
  if (!scanned_ || rule.presence_slot < 0)
    return true;
  const auto slot = static_cast<std::size_t>(rule.presence_slot);
  return slot / 64 < present_.size() && ((present_[slot / 64] >> (slot % 64)) & 1U) != 0;
}

}  // namespace presscheck
