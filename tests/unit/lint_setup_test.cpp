// What a lint run is set up with (app/lint/lint_setup.cpp): the flags that beat the
// configuration, the rule packs, and the one fact base the run reads.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "lint/lint_setup.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::TempTree;

TEST(LintSetup, FlagsBecomeSettings) {
  TempTree tree;
  const std::string config = tree.write("house.toml", "fail_level = \"info\"\n");
  const LintSetup setup = set_up_lint({.lang = "fr",
                                       .fail_level = "warning",
                                       .config = config,
                                       .stdin_name = "desk/draft.md",
                                       .no_facts = true,
                                       .jobs = 3});
  const LintSettings& settings = setup.settings;
  EXPECT_EQ(settings.lang, Lang::fr);
  EXPECT_EQ(settings.fail_level, Severity::warning);
  EXPECT_EQ(settings.config_file, std::filesystem::path(config));
  EXPECT_EQ(settings.stdin_name, "desk/draft.md");
  EXPECT_EQ(settings.jobs, 3u);
  ASSERT_NE(settings.rules, nullptr);
  // --no-facts: values are still read, against no base.
  ASSERT_NE(settings.readers, nullptr);
  EXPECT_EQ(settings.readers->facts(), nullptr);
}

TEST(LintSetup, WithoutFlagsTheDefaultsHold) {
  const LintSetup setup = set_up_lint({});
  const LintSettings& settings = setup.settings;
  EXPECT_EQ(settings.lang, std::nullopt);
  EXPECT_EQ(settings.fail_level, std::nullopt);
  EXPECT_EQ(settings.config_file, std::nullopt);
  EXPECT_GE(settings.jobs, 1u);  // every core
  ASSERT_NE(settings.readers, nullptr);
  EXPECT_NE(settings.readers->facts(), nullptr);  // the bundled starter base
}

TEST(LintSetup, AConfigurationNamingTwoFactBasesIsAnError) {
  TempTree tree;
  const std::string config = tree.write("house.toml", "facts = [\"a\", \"b\"]\n");
  try {
    set_up_lint({.config = config});
    FAIL() << "two fact bases were accepted";
  } catch (const UserError& error) {
    EXPECT_EQ(std::string(error.what()),
              config +
                  ":1: `facts` lists 2 fact bases; one run reads one: put the JSON Lines files "
                  "in one folder and name that folder");
  }
}

TEST(LintSetup, AMissingRulesFolderIsAnError) {
  TempTree tree;
  EXPECT_THROW(set_up_lint({.rules_dir = (tree.path() / "no-such-rules").string()}), UserError);
}

}  // namespace
}  // namespace presscheck
