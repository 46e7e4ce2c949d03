#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/document.hpp"
#include "extract/extraction.hpp"
#include "rulepack/rule_set.hpp"
#include "text/analysis.hpp"

namespace presscheck {

/// How a rule describes itself to `rules list`, the docs and SARIF.
struct RuleInfo {
  std::string_view id;
  Severity severity;
  std::string_view summary_fr;
  std::string_view summary_en;
};

/// What a check may read: the draft, the text stage's reading of it, the rule packs and,
/// when claims are read, the values, names and labels found and the fact base.
struct CheckContext {
  const Document& document;
  const Analysis& analysis;
  const RuleSet& rules;
  const Extraction* extraction = nullptr;
  const FactIndex* facts = nullptr;
};

/// One kind of reasoning over a draft. A check reports what it finds and never throws on
/// bad data; a check that finds nothing emits nothing.
class Check {
 public:
  virtual ~Check() = default;
  virtual const RuleInfo& info() const = 0;
  virtual void run(const CheckContext& context, std::vector<Diagnostic>& out) const = 0;
};

}  // namespace presscheck
