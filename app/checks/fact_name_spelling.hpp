#pragma once

#include "checks/check.hpp"

namespace presscheck {

/// fact.name-spelling: a near miss of the name of a person or organisation the fact base
/// knows (« Thierry Bretton » for « Thierry Breton »), with the known spelling as the
/// suggestion.
class FactNameSpelling : public Check {
 public:
  const RuleInfo& info() const override;
  void run(const CheckContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace presscheck
