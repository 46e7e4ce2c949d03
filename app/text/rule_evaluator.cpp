#include "text/rule_evaluator.hpp"

#include "text/negation.hpp"

namespace presscheck {

RuleEvaluator text_rule_evaluator(const RuleSet& rules) {
  return [&rules](const PatternRule& rule, std::string_view text) {
    std::vector<Span> spans;
    const Span all{0, text.size()};
    if (rule.kind == "negation") {
      for (const NegationCue& cue : find_negations(rules, rule.lang, text, all)) {
        if (cue.rule == &rule)
          spans.push_back(cue.span);
      }
    } else {
      for (const RuleMatch& match : rule.find_all(text, all))
        spans.push_back(match.span);
    }
    return spans;
  };
}

}  // namespace presscheck
