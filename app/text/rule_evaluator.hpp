#pragma once

#include "rulepack/example_runner.hpp"

namespace presscheck {

/// Evaluates rules as the text stage uses them: negation cues go through the
/// pseudo-negation filter of their language; other kinds report their own matches.
RuleEvaluator text_rule_evaluator(const RuleSet& rules);

}  // namespace presscheck
