#pragma once

#include <string_view>
#include <vector>

namespace presscheck {

/// A kind of pattern rule the text stage and the checks know how to use.
struct RuleKind {
  std::string_view name;
  std::string_view purpose;
  bool takes_tolerance = false;        // approximators: how far off a value may be, as a fraction
  bool takes_value = false;            // rules that map a match to a value, e.g. a title marker
  std::string_view value_syntax = {};  // RE2 pattern a rule's whole `value` must match, if any
};

/// Every kind a pack may use; a rule of another kind does not load.
const std::vector<RuleKind>& rule_kinds();
const RuleKind* find_rule_kind(std::string_view name);

}  // namespace presscheck
