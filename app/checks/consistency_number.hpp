#pragma once

#include "checks/check.hpp"

namespace presscheck {

/// consistency.number: the headline or standfirst gives a number, amount or percentage for
/// something the body gives differently (« 45 millions d'euros d'amende » over « 4,5
/// millions d'euros d'amende »), and no body value for it agrees.
class ConsistencyNumber : public Check {
 public:
  const RuleInfo& info() const override;
  void run(const CheckContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace presscheck
