#pragma once

#include <string_view>
#include <vector>

#include "core/lang.hpp"
#include "core/span.hpp"
#include "rulepack/rule_set.hpp"

namespace presscheck {

/// A negation found in the text and not explained away by a pseudo-negation.
struct NegationCue {
  Span span;                // the whole negating expression, e.g. « ne prend pas »
  std::vector<Span> words;  // the negating words themselves: « ne », « pas »
  const PatternRule* rule = nullptr;
  /// A verb that negates its object (« exclure », "rule out"): it reaches a quote that
  /// names a thing, where « ne … pas » on another verb does not.
  bool verb = false;
};

/// Runs the `negation` and `negating-verb` rules of `lang` over `within`, then drops every
/// cue whose negating words overlap a `not-negation` match (« ne … que », "not only",
/// « sans doute »). The cues come in text order. `present` is the presence pass of the
/// block holding `within`, when there is one.
std::vector<NegationCue> find_negations(const RuleSet& rules, Lang lang, std::string_view text,
                                        Span within, const RulePresence& present = {});

}  // namespace presscheck
