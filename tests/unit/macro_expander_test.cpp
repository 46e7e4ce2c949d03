// Rule-pack macros: nested in any order, quantifiers left alone, and every way a pack can
// make them explode (a macro naming itself, a cycle, doubling at each level) refused with a
// message instead of hanging the loader (the rule_pack fuzzer found the self-reference).
#include <gtest/gtest.h>

#include "rulepack/macro_expander.hpp"

namespace presscheck {
namespace {

std::string expanded(std::string_view pattern, const std::map<std::string, std::string>& macros) {
  std::string error;
  const auto out = expand_macros(pattern, macros, error);
  return out ? *out : "error: " + error;
}

TEST(MacroExpander, ExpandsNestedMacrosInAnyOrder) {
  const std::map<std::string, std::string> macros = {
      {"a", "x{b}"}, {"b", "y{c}"}, {"c", "z"}, {"ne", "(?:ne|n')"}};
  EXPECT_EQ(expanded("{a}-{ne}", macros), "xyz-(?:ne|n')");
  EXPECT_EQ(expanded("no macro here", macros), "no macro here");
}

TEST(MacroExpander, LeavesQuantifiersAndOtherBracesAlone) {
  const std::map<std::string, std::string> macros = {{"w", "\\w"}};
  EXPECT_EQ(expanded("{w}{2,4} a{3} {} {A} {w", macros), "\\w{2,4} a{3} {} {A} {w");
}

TEST(MacroExpander, RefusesAnUnknownName) {
  EXPECT_EQ(expanded("{nope} pas", {}), "error: unknown macro `{nope}` in pattern");
}

TEST(MacroExpander, RefusesAMacroThatRefersToItself) {
  // The rule_pack fuzzer's input: each round of the old loader multiplied the text by five.
  const std::map<std::string, std::string> macros = {
      {"e", "(?:nj{e}|ex-ign{e}|ex-is{e}|ex-igne{e})"}};
  EXPECT_EQ(expanded("x{e}", macros), "error: macros refer to themselves: `{e}` -> `{e}`");
  const std::map<std::string, std::string> cycle = {{"a", "1{b}"}, {"b", "2{a}"}};
  EXPECT_EQ(expanded("{a}", cycle), "error: macros refer to themselves: `{a}` -> `{b}` -> `{a}`");
}

TEST(MacroExpander, RefusesMacrosThatDoubleAtEachLevel) {
  std::map<std::string, std::string> doubling = {{"m0", std::string(64, 'a')}};
  std::map<std::string, std::string> doubling_empty = {{"m0", ""}};
  for (int level = 1; level <= 30; ++level) {
    const std::string previous = "{m" + std::to_string(level - 1) + "}";
    doubling["m" + std::to_string(level)] = previous + previous;
    doubling_empty["m" + std::to_string(level)] = previous + previous;
  }
  EXPECT_EQ(expanded("{m30}", doubling),
            "error: the macros of this pattern expand to more than 65536 bytes");
  EXPECT_EQ(expanded("{m30}", doubling_empty),
            "error: the macros of this pattern make more than 4096 references in all");
  EXPECT_EQ(expanded("{m3}", doubling).size(), 512u);
}

}  // namespace
}  // namespace presscheck
