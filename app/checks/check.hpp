#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "analysis/draft_context.hpp"
#include "core/diagnostic.hpp"

namespace presscheck {

/// How a rule describes itself to `rules list`, the docs and SARIF.
struct RuleInfo {
  std::string_view id;
  Severity severity;
  std::string_view summary_fr;
  std::string_view summary_en;
};

/// What a check may read: the draft as the analysis stage left it. Checks only read it, and
/// never run one another.
using CheckContext = DraftContext;

/// One kind of reasoning over a draft. A check reports what it finds and never throws on
/// bad data; a check that finds nothing emits nothing.
class Check {
 public:
  virtual ~Check() = default;
  virtual const RuleInfo& info() const = 0;
  virtual void run(const CheckContext& context, std::vector<Diagnostic>& out) const = 0;
};

}  // namespace presscheck
