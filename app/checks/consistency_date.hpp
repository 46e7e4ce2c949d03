#pragma once

#include "checks/check.hpp"

namespace presscheck {

/// consistency.date: the headline or standfirst dates something the body dates
/// differently ("June 4" over "June 14"), compared at the coarser precision, and no body
/// date agrees.
class ConsistencyDate : public Check {
 public:
  const RuleInfo& info() const override;
  void run(const CheckContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace presscheck
