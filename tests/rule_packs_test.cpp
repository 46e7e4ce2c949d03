// Turns every example of every rule pack into its own GoogleTest test, reported at the
// pack's file and line, so that a failing example reads like a failing test.
#include <gtest/gtest.h>

#include "rulepack/example_runner.hpp"
#include "text/rule_evaluator.hpp"

namespace presscheck {
namespace {

class ExampleTest : public testing::Test {
 public:
  ExampleTest(const PatternRule* rule, const RuleExample* example, bool must_fire,
              const RuleEvaluator* evaluate)
      : rule_(rule), example_(example), must_fire_(must_fire), evaluate_(evaluate) {}

  void TestBody() override {
    const ExampleResult result = run_example(*rule_, *example_, must_fire_, *evaluate_);
    EXPECT_TRUE(result.passed) << describe_failure(result);
  }

 private:
  const PatternRule* rule_;
  const RuleExample* example_;
  bool must_fire_;
  const RuleEvaluator* evaluate_;
};

void register_examples(const RuleSet& rules, const RuleEvaluator& evaluate) {
  for (const RulePack& pack : rules.packs()) {
    for (const PatternRule& rule : pack.rules) {
      auto add = [&](const RuleExample& example, bool must_fire, std::size_t index) {
        const std::string name =
            std::string(must_fire ? "fire_" : "silent_") + std::to_string(index);
        testing::RegisterTest(rule.id.c_str(), name.c_str(), nullptr, example.text.c_str(),
                              rule.file.c_str(), example.line,
                              [&rule, &example, must_fire, &evaluate]() -> testing::Test* {
                                return new ExampleTest(&rule, &example, must_fire, &evaluate);
                              });
      };
      for (std::size_t i = 0; i < rule.fire.size(); ++i)
        add(rule.fire[i], true, i + 1);
      for (std::size_t i = 0; i < rule.silent.size(); ++i)
        add(rule.silent[i], false, i + 1);
    }
  }
}

}  // namespace
}  // namespace presscheck

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  using namespace presscheck;
  static const auto rules = RuleSet::load(std::filesystem::path(PRESSCHECK_SOURCE_DIR) / "rules");
  static const RuleEvaluator evaluate = text_rule_evaluator(*rules);
  register_examples(*rules, evaluate);
  return RUN_ALL_TESTS();
}
