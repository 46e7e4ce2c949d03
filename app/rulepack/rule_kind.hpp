#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace presscheck {

/// The handle code names a rule kind by: a misspelt kind does not compile. A pack's
/// `kind = "…"` is resolved to one when the pack loads, and an unknown name is a load error.
/// The order is rule_kinds()'s.
enum class RuleKindId : std::uint8_t {
  approximator,
  auxiliary,
  attribution,
  clause_break,
  function_word,
  determiner,
  currency,
  date_cue,
  date_part,
  month,
  negation,
  negating_verb,
  not_negation,
  number_label,
  number_word,
  ordinal,
  percent_word,
  rebuttal,
  relative_date,
  reporting_verb,
  scale,
  title_copula,
  title_marker,
  topic_word,
  weekday,
};

/// How many kinds there are: one past the last handle.
inline constexpr std::size_t kRuleKindCount = static_cast<std::size_t>(RuleKindId::weekday) + 1;

/// A kind of pattern rule the text stage and the checks know how to use.
struct RuleKind {
  RuleKindId id;
  std::string_view name;
  std::string_view purpose;
  bool takes_tolerance = false;        // approximators: how far off a value may be, as a fraction
  bool takes_value = false;            // rules that map a match to a value, e.g. a title marker
  std::string_view value_syntax = {};  // RE2 pattern a rule's whole `value` must match, if any
};

/// Every kind a pack may use, in the order of their handles; a rule of another kind does
/// not load.
const std::vector<RuleKind>& rule_kinds();
/// The kind a pack names, or null when no kind has that name.
const RuleKind* find_rule_kind(std::string_view name);
/// The kind behind a handle.
const RuleKind& rule_kind(RuleKindId id);

}  // namespace presscheck
