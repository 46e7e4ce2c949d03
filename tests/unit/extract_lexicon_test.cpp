#include <gtest/gtest.h>

#include <fstream>

#include "extract_test_util.hpp"
#include "rulepack/rule_pack.hpp"

namespace presscheck {
namespace {

using extract_test::bundled_rules;
using extract_test::spanned;

TEST(ExtractLexicon, PrefersTheLongestRuleAndChecksTheWordEnd) {
  const Lexicon scales(bundled_rules(), Lang::fr, RuleKindId::scale);
  const std::string_view text = "3 Md€, 2 milliards, 4 Mds, 5 Mdr";
  auto at = [&](std::string_view word) { return scales.at(text, text.find(word), text.size()); };
  ASSERT_TRUE(at("Md€").has_value());
  EXPECT_EQ(spanned(text, at("Md€")->span), "Md");
  EXPECT_EQ(at("Md€")->rule->value, "1e9");
  EXPECT_EQ(spanned(text, at("milliards")->span), "milliards");
  EXPECT_EQ(spanned(text, at("Mds")->span), "Mds");
  EXPECT_FALSE(at("Mdr").has_value());  // a word that only starts like a scale
}

TEST(ExtractLexicon, FindsTheWordsEndingAtAPosition) {
  const Lexicon approximators(bundled_rules(), Lang::fr, RuleKindId::approximator);
  const std::string_view text = "pas moins de 300, auprès de 300, plus de 300";
  const auto first = approximators.ending_at(text, text.find(" 300"), 0);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(spanned(text, first->span), "pas moins de");
  EXPECT_EQ(first->rule->value, "above");
  // « près de » inside « auprès de » is no approximator.
  const std::size_t second = text.find(" 300", text.find("auprès"));
  EXPECT_FALSE(approximators.ending_at(text, second, 0).has_value());
  const auto third = approximators.ending_at(text, text.rfind(" 300"), 0);
  ASSERT_TRUE(third.has_value());
  EXPECT_EQ(spanned(text, third->span), "plus de");
  // Nothing is looked for before the floor.
  EXPECT_FALSE(approximators.ending_at(text, text.rfind(" 300"), text.rfind("de")).has_value());
}

std::vector<std::string> load_errors(std::string_view rule) {
  const auto path = std::filesystem::temp_directory_path() / "presscheck_extract_kinds.toml";
  std::ofstream(path) << "lang = \"fr\"\n[[rule]]\n"
                      << rule << "fire = [\"[x]\"]\nsilent = [\"y\"]\n";
  std::vector<std::string> errors;
  load_rule_pack(path, Lang::fr, errors);
  std::filesystem::remove(path);
  return errors;
}

TEST(ExtractLexicon, RefusesValuesOutsideTheirKindsSyntax) {
  const std::string month =
      "id = \"fr.test.month\"\nkind = \"month\"\ndescription = \"d\"\npattern = 'x'\n";
  EXPECT_TRUE(load_errors(month + "value = \"12\"\n").empty());
  const auto errors = load_errors(month + "value = \"13\"\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("`value` of a `month` rule must match"), std::string::npos);
  const std::string approximator =
      "id = \"fr.test.approx\"\nkind = \"approximator\"\ndescription = \"d\"\npattern = 'x'\n"
      "tolerance = 0.1\n";
  EXPECT_TRUE(load_errors(approximator + "value = \"above\"\n").empty());
  EXPECT_EQ(load_errors(approximator + "value = \"upwards\"\n").size(), 1u);
  EXPECT_EQ(load_errors(approximator).size(), 1u);  // the direction is required
}

}  // namespace
}  // namespace presscheck
