#include "extract/topic_word.hpp"

namespace presscheck {

std::vector<TopicWord> find_topic_words(const RuleSet& rules, Lang lang, std::string_view text,
                                        Span within, const RulePresence& present) {
  std::vector<TopicWord> found;
  for (const RuleMatch& match :
       rules.kind(lang, RuleKindId::topic_word).find_all(text, within, present)) {
    // Two rules may match one word; the first, leftmost one is enough to name its group.
    if (!found.empty() && found.back().span.overlaps(match.span))
      continue;
    found.push_back({match.span, match.rule->value});
  }
  return found;
}

}  // namespace presscheck
