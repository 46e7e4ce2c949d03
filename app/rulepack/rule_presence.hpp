#pragma once

#include <cstdint>
#include <vector>

#include "core/span.hpp"

namespace presscheck {

class PatternRule;

/// Which rules of one language may match somewhere in one block of a draft, found by one
/// RE2::Set pass over the block for the rules of every kind the analysis searches blocks
/// for (RuleSet::presence). A search of a kind inside the block then runs only the rules
/// present, and costs nothing when none is: most blocks hold no title marker, no rebuttal
/// and no negating verb.
///
/// The pass can only rule a rule out: a rule outside the pass (a case-sensitive one, or
/// one of a kind read another way) always counts as present, and so does every rule when
/// no pass was made. Skipping a rule therefore never changes what a search finds.
class RulePresence {
 public:
  /// No pass made: every rule may match.
  RulePresence() = default;
  /// The pass over `block`: `present` holds one bit per slot (PatternRule::presence_slot).
  RulePresence(Span block, std::vector<std::uint64_t> present);

  /// Whether `rule` may match inside the block; false only when the pass proved it cannot.
  bool may_match(const PatternRule& rule) const;
  /// Whether a pass was made, and over which span.
  bool scanned() const { return scanned_; }
  Span block() const { return block_; }

 private:
  bool scanned_ = false;
  Span block_;
  std::vector<std::uint64_t> present_;
};

}  // namespace presscheck
