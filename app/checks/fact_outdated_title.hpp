#pragma once

#include "checks/check.hpp"

namespace presscheck {

/// fact.outdated-title: a person given, without « ancien »/"former", an office they do not
/// hold at the article's date, or called former while they still hold it. Only offices
/// the fact base says the person held at some time are read as titles; a draft without a
/// date gets no title check.
class FactOutdatedTitle : public Check {
 public:
  const RuleInfo& info() const override;
  void run(const CheckContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace presscheck
