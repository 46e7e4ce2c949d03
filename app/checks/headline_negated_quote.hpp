#pragma once

#include "checks/check.hpp"

namespace presscheck {

/// headline.negated-quote: a headline or standfirst quote has the opposite polarity of
/// the same words quoted in the body (« ne prend pas très au sérieux » over « très au
/// sérieux »), in either direction.
class HeadlineNegatedQuote : public Check {
 public:
  const RuleInfo& info() const override;
  void run(const CheckContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace presscheck
