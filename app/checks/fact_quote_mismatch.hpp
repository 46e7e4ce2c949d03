#pragma once

#include "checks/check.hpp"

namespace presscheck {

/// fact.quote-mismatch: a quote attributed to a speaker of the quote base, reported with
/// the opposite polarity of what they said, in either language through the stored
/// translations ("the Commission did not take the videos \"very seriously\"").
class FactQuoteMismatch : public Check {
 public:
  const RuleInfo& info() const override;
  void run(const CheckContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace presscheck
