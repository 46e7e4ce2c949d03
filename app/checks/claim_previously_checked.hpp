#pragma once

#include "checks/check.hpp"

namespace presscheck {

/// claim.previously-checked: a sentence of the draft repeats a claim that fact-checkers
/// rated false or misleading (« le vaccin rend les femmes stériles »), with the verdict, the
/// reviewer, the date and the review's address as evidence. A sentence that merely shares
/// the claim's topic, denies it, asks it or calls it false is left alone.
class ClaimPreviouslyChecked : public Check {
 public:
  const RuleInfo& info() const override;
  void run(const CheckContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace presscheck
