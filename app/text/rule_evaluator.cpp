#include "text/rule_evaluator.hpp"

#include <re2/re2.h>

#include "core/utf8.hpp"
#include "text/negation.hpp"

namespace presscheck {
namespace {

// A scale may be glued to its number (« 1,5bn », "£2m"), where raw matching, which will
// not start a match right after a digit, sees nothing: try the rule after each digit too.
std::vector<Span> scale_matches(const PatternRule& rule, std::string_view text) {
  std::vector<Span> spans;
  for (const RuleMatch& match : rule.find_all(text, {0, text.size()}))
    spans.push_back(match.span);
  const re2::StringPiece whole(text.data(), text.size());
  for (std::size_t pos = 1; pos < text.size(); ++pos) {
    if (text[pos - 1] < '0' || text[pos - 1] > '9')
      continue;
    re2::StringPiece match;
    if (!rule.regex().Match(whole, pos, text.size(), RE2::ANCHOR_START, &match, 1) ||
        match.empty()) {
      continue;
    }
    const std::size_t end = pos + match.size();
    std::size_t last_char = end;
    std::size_t next_char = end;
    const bool ends_in_word = utf8::is_word_char(utf8::previous(text, last_char));
    if (ends_in_word && end < text.size() && utf8::is_word_char(utf8::next(text, next_char)))
      continue;
    spans.push_back({pos, end});
  }
  return spans;
}

}  // namespace

RuleEvaluator text_rule_evaluator(const RuleSet& rules) {
  return [&rules](const PatternRule& rule, std::string_view text) {
    std::vector<Span> spans;
    const Span all{0, text.size()};
    if (rule.kind == RuleKindId::negation) {
      for (const NegationCue& cue : find_negations(rules, rule.lang, text, all)) {
        if (cue.rule == &rule)
          spans.push_back(cue.span);
      }
    } else if (rule.kind == RuleKindId::scale) {
      spans = scale_matches(rule, text);
    } else {
      for (const RuleMatch& match : rule.find_all(text, all))
        spans.push_back(match.span);
    }
    return spans;
  };
}

}  // namespace presscheck
