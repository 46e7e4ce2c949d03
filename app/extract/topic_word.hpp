#pragma once

#include <string_view>
#include <vector>

#include "core/lang.hpp"
#include "core/span.hpp"
#include "rulepack/rule_set.hpp"

namespace presscheck {

/// The group a topic word of the `people` group belongs to: such words count people
/// without saying what happened to them (« personnes », "people").
inline constexpr std::string_view kPeopleGroup = "people";

/// A word of a `topic-word` rule found in the text (« tués », "injured"): a figure next to
/// it counts what its group names.
struct TopicWord {
  Span span;
  /// The rule's `value`: words of one group name one thing (dead ≈ killed ≈ died).
  std::string_view group;
};

/// Every topic word of `lang` inside `within`, in text order. The views point into the
/// rule set, which must outlive them. `present` is the presence pass of the block holding
/// `within`, when there is one.
std::vector<TopicWord> find_topic_words(const RuleSet& rules, Lang lang, std::string_view text,
                                        Span within, const RulePresence& present = {});

}  // namespace presscheck
