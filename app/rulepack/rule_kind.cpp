#include "rulepack/rule_kind.hpp"

namespace presscheck {

const std::vector<RuleKind>& rule_kinds() {
  static const std::vector<RuleKind> kinds = {
      {"approximator", "a word that makes a value approximate (près de, about)", true, false},
      {"attribution", "words that attribute a quote to someone (selon, according to)"},
      {"clause-break", "a word or mark that ends the scope of a negation (mais, but, ;)"},
      {"negation", "a negation cue; groups named cue… mark the negating words"},
      {"not-negation", "a form that looks negative but is not (ne … que, not only)"},
      {"reporting-verb", "a verb that reports speech (affirme, says)"},
      {"title-marker", "a word that makes a title past or present (ancien, former)", false, true},
  };
  return kinds;
}

const RuleKind* find_rule_kind(std::string_view name) {
  for (const RuleKind& kind : rule_kinds()) {
    if (kind.name == name) return &kind;
  }
  return nullptr;
}

}  // namespace presscheck
