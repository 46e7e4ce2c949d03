#pragma once

#include "core/document.hpp"
#include "extract/extraction.hpp"
#include "rulepack/rule_set.hpp"
#include "text/analysis.hpp"

namespace presscheck {

/// One draft as the stages before the checks read it: the draft, the text stage's reading
/// of it, the rule packs and, when claims are read, the values, names and labels found and
/// the fact base. The checks and `verify` read the same one.
struct DraftContext {
  const Document& document;
  const Analysis& analysis;
  const RuleSet& rules;
  const Extraction* extraction = nullptr;
  const FactIndex* facts = nullptr;
};

}  // namespace presscheck
