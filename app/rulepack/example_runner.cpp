#include "rulepack/example_runner.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace presscheck {
namespace {

std::string show(std::string_view text, Span span) {
  std::string out(text);
  out.insert(span.end, "]");
  out.insert(span.begin, "[");
  return out;
}

}  // namespace

ExampleResult run_example(const PatternRule& rule, const RuleExample& example, bool must_fire,
                          const RuleEvaluator& evaluate) {
  ExampleResult result{&rule, &example, must_fire, false, {}};
  const std::vector<Span> spans = evaluate(rule, example.text);
  if (must_fire) {
    result.passed = std::find(spans.begin(), spans.end(), *example.expected) != spans.end();
    if (!result.passed) {
      result.explanation = spans.empty() ? "the rule did not fire"
                                         : fmt::format("the rule fired at {} instead",
                                                       show(example.text, spans.front()));
    }
  } else {
    result.passed = spans.empty();
    if (!result.passed) {
      result.explanation = fmt::format("the rule fired at {}", show(example.text, spans.front()));
    }
  }
  return result;
}

std::vector<ExampleResult> run_all_examples(const RuleSet& rules, const RuleEvaluator& evaluate) {
  std::vector<ExampleResult> results;
  for (const RulePack& pack : rules.packs()) {
    for (const PatternRule& rule : pack.rules) {
      for (const RuleExample& example : rule.fire) {
        results.push_back(run_example(rule, example, true, evaluate));
      }
      for (const RuleExample& example : rule.silent) {
        results.push_back(run_example(rule, example, false, evaluate));
      }
    }
  }
  return results;
}

std::string describe_failure(const ExampleResult& result) {
  return fmt::format("{}:{}: {} example of {} failed: {}\n    {}", result.rule->file,
                     result.example->line, result.must_fire ? "fire" : "silent", result.rule->id,
                     result.explanation, result.example->text);
}

}  // namespace presscheck
