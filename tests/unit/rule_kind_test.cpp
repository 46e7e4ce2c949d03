// Rule kinds as code names them: each handle finds the kind of its own name, so that a pack's
// `kind = "title-marker"` and the code's RuleKindId::title_marker are the same rules.
#include <gtest/gtest.h>

#include "bundled_rules.hpp"
#include "rulepack/rule_kind.hpp"

namespace presscheck {
namespace {

using testing_support::bundled_rules;

TEST(RuleKind, EveryHandleFindsTheKindOfItsName) {
  ASSERT_EQ(rule_kinds().size(), kRuleKindCount);
  for (std::size_t i = 0; i < kRuleKindCount; ++i) {
    const auto id = static_cast<RuleKindId>(i);
    EXPECT_EQ(rule_kind(id).id, id) << rule_kinds()[i].name;
    EXPECT_EQ(find_rule_kind(rule_kind(id).name), &rule_kind(id));
  }
  EXPECT_EQ(rule_kind(RuleKindId::title_marker).name, "title-marker");
  EXPECT_EQ(rule_kind(RuleKindId::clause_break).name, "clause-break");
  EXPECT_EQ(find_rule_kind("title_marker"), nullptr);
}

TEST(RuleKind, TheBundledPacksAreFoundByHandle) {
  const auto& fr = bundled_rules().kind(Lang::fr, RuleKindId::title_marker).rules();
  ASSERT_FALSE(fr.empty());
  for (const PatternRule* rule : fr) {
    EXPECT_EQ(rule->kind, RuleKindId::title_marker) << rule->id;
    EXPECT_EQ(rule->lang, Lang::fr) << rule->id;
  }
  const auto& en = bundled_rules().kind(Lang::en, RuleKindId::reporting_verb).rules();
  ASSERT_FALSE(en.empty());
  EXPECT_EQ(en.front()->kind, RuleKindId::reporting_verb);
  EXPECT_EQ(en.front()->lang, Lang::en);
}

}  // namespace
}  // namespace presscheck
