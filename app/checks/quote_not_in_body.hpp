#pragma once

#include "checks/check.hpp"

namespace presscheck {

/// quote.not-in-body: a headline or standfirst quote whose words stand nowhere in the
/// body. Applies to quotes of three words or more and to attributed quotes, so one- and
/// two-word scare quotes stay silent.
class QuoteNotInBody : public Check {
 public:
  const RuleInfo& info() const override;
  void run(const CheckContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace presscheck
