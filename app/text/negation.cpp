#include "text/negation.hpp"

#include <algorithm>

namespace presscheck {
namespace {

// Groups whose name starts with "cue" mark the negating words; without them the whole
// match negates.
std::vector<Span> cue_words(const RuleMatch& match) {
  std::vector<Span> words;
  for (const GroupSpan& group : match.groups) {
    if (group.name.rfind("cue", 0) == 0 && !group.span.empty())
      words.push_back(group.span);
  }
  if (words.empty())
    words.push_back(match.span);
  return words;
}

// A pseudo-negation explains a cue away when it covers the cue's first negating word and
// ends before its last one: « n'est [que] plus tard » is restrictive, while in « ne pense
// pas que » the « pas » stands inside the would-be « ne … que » and the negation holds.
bool explained_away(const std::vector<Span>& words, const std::vector<RuleMatch>& pseudo) {
  const Span first = words.front();
  const Span last = words.back();
  return std::any_of(pseudo.begin(), pseudo.end(), [&](const RuleMatch& match) {
    if (!match.span.overlaps(first))
      return false;
    return words.size() == 1 || match.span.end <= last.begin;
  });
}

}  // namespace

std::vector<NegationCue> find_negations(const RuleSet& rules, Lang lang, std::string_view text,
                                        Span within, const RulePresence& present) {
  const auto particles = rules.kind(lang, RuleKindId::negation).find_all(text, within, present);
  const auto verbs = rules.kind(lang, RuleKindId::negating_verb).find_all(text, within, present);
  if (particles.empty() && verbs.empty())
    return {};
  const auto pseudo = rules.kind(lang, RuleKindId::not_negation).find_all(text, within, present);
  std::vector<NegationCue> cues;
  auto add = [&](const std::vector<RuleMatch>& matches, bool verb) {
    for (const RuleMatch& match : matches) {
      std::vector<Span> words = cue_words(match);
      if (!explained_away(words, pseudo))
        cues.push_back({match.span, std::move(words), match.rule, verb});
    }
  };
  add(particles, false);
  add(verbs, true);
  std::stable_sort(cues.begin(), cues.end(), [](const NegationCue& a, const NegationCue& b) {
    return a.span.begin < b.span.begin;
  });
  return cues;
}

}  // namespace presscheck
