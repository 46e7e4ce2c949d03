#pragma once

#include "checks/check.hpp"

namespace presscheck {

/// fact.value-mismatch: an amount, quantity, percentage or date that contradicts the best
/// statement of the fact base at the article's date, with precision and approximators
/// respected (« 1,8 milliard » agrees with 1.84 billion, « plus de 100 millions » with 120
/// million).
class FactValueMismatch : public Check {
 public:
  const RuleInfo& info() const override;
  void run(const CheckContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace presscheck
