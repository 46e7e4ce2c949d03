#pragma once

#include <functional>
#include <vector>

#include "checks/check.hpp"
#include "checks/value_topic.hpp"

namespace presscheck {

/// A headline or standfirst value that the body gives differently.
struct Contradiction {
  Part part = Part::headline;
  const Value* top = nullptr;
  const Value* body = nullptr;  // the first body value about the same thing
};

/// What the two consistency checks differ in.
struct PairingRules {
  /// The values a check compares (numbers, or dates).
  std::function<bool(const Value&)> accepts;
  /// Whether two accepted values measure the same kind of thing (same currency…).
  std::function<bool(const Value&, const Value&)> comparable;
  /// The body values whose agreement silences a finding; accepted ones or more.
  std::function<bool(const Value&)> may_agree;
};

/// The headline and standfirst values, outside quotes, that the body contradicts: the body
/// gives one comparable value about the same topic (several that differ among themselves
/// are a breakdown, such as audiences channel by channel under a total), and no body value
/// that `may_agree` agrees. That last test keeps the check quiet when the body gives the
/// figure once about something the words around it do not name.
std::vector<Contradiction> contradicted_values(const CheckContext& context,
                                               const PairingRules& rules);

/// The finding for one contradiction: the headline (or standfirst) value underlined, the
/// body's value as evidence, both messages already worded in the draft's language.
Diagnostic contradiction_finding(const RuleInfo& rule, const Contradiction& found,
                                 std::string message, std::string evidence);

}  // namespace presscheck
