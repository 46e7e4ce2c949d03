#pragma once

#include <functional>
#include <vector>

#include "analysis/draft_context.hpp"
#include "analysis/value_topic.hpp"

namespace presscheck {

/// A headline or standfirst value that the body gives differently.
struct Contradiction {
  Part part = Part::headline;
  const Value* top = nullptr;
  const Value* body = nullptr;  // the first body value about the same thing
};

/// What the consistency checks differ in.
struct PairingRules {
  /// The values a check compares (numbers, or dates), in the headline and standfirst
  /// (`part` is where the value stands) or in the body.
  std::function<bool(const Value&, Part part)> accepts;
  /// Whether a headline value and a body value measure the same kind of thing (same
  /// currency…).
  std::function<bool(const Value& top, const Value& body)> comparable;
  /// The body values whose agreement silences a finding; accepted ones or more.
  std::function<bool(const Value&)> may_agree;
  /// Whether a headline value and a body value can say the same thing.
  std::function<bool(const Value& top, const Value& body)> agree;
  /// Whether a body value about another topic still says the headline's figure: written
  /// alike, to the same precision. Unset: only values about the same topic agree.
  std::function<bool(const Value& top, const Value& body)> same_figure;
  /// Whether a headline value with no topic of its own takes the words of its clause:
  /// « Grève mardi à la SNCF » dates the strike though no word ties « mardi » to it.
  /// Unset: none does.
  std::function<bool(const Value&)> takes_clause;
  /// Whether a body value about another topic may still agree: a year the body gives for
  /// anything shows the headline's year is no slip of the pen.
  bool any_topic_agrees = false;
};

/// The headline and standfirst values, outside quotes, that the body contradicts: the body
/// gives one comparable value about the same topic (several that differ among themselves
/// are a breakdown, such as audiences channel by channel under a total), and no body value
/// that `may_agree` agrees. A body value about another topic agrees only when it is the
/// same figure (`same_figure`) or stands in a sentence that shares a word with the
/// headline's clause: an unrelated 2.6 % growth rate does not confirm a headline's 2.6 %
/// inflation. One whose topic the words around it do not tell may agree: the check stays
/// quiet rather than guess. Bounds of ranges and parts of totals are no witnesses.
std::vector<Contradiction> contradicted_values(const DraftContext& context,
                                               const PairingRules& rules);

}  // namespace presscheck
