#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "rulepack/rule_set.hpp"

namespace presscheck {

/// The spans a rule reports on a text, in context: for most kinds its own matches; for
/// negation cues, the ones that no pseudo-negation explains away.
using RuleEvaluator = std::function<std::vector<Span>(const PatternRule&, std::string_view)>;

/// The outcome of one example.
struct ExampleResult {
  const PatternRule* rule = nullptr;
  const RuleExample* example = nullptr;
  bool must_fire = false;
  bool passed = false;
  std::string explanation;  // why it failed, quoting what the rule reported
};

/// Runs one example of a rule.
ExampleResult run_example(const PatternRule& rule, const RuleExample& example, bool must_fire,
                          const RuleEvaluator& evaluate);

/// Runs every example of every rule of the set.
std::vector<ExampleResult> run_all_examples(const RuleSet& rules, const RuleEvaluator& evaluate);

/// `file:line: …` for a failed example.
std::string describe_failure(const ExampleResult& result);

}  // namespace presscheck
