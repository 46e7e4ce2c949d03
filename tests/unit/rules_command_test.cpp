// `presscheck rules test PATH…`: the packs at those paths are tested, alone; a path that
// does not exist or holds no pack is a usage error, never "0 passed, 0 failed".
#include <gtest/gtest.h>

#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::run_in;
using testing_support::TempTree;

constexpr const char* kFrenchPack = R"(lang = "fr"

[[rule]]
id = "fr.negation.ne-jamais"
kind = "negation"
description = "ne … jamais"
pattern = '''(?P<cue1>ne)\s+{wordchar}+\s+(?P<cue2>jamais)'''
fire = ["Il [ne vient jamais]."]
silent = ["Il vient toujours."]
)";

constexpr const char* kEnglishPack = R"(lang = "en"

[[rule]]
id = "en.negation.never"
kind = "negation"
description = "never"
pattern = '''never'''
fire = ["He [never] came.", "She has [never] said so."]
silent = ["He came."]
)";

// A pack whose silent example fires.
constexpr const char* kFailingPack = R"(lang = "en"

[[rule]]
id = "en.negation.nope"
kind = "negation"
description = "nope"
pattern = '''nope'''
fire = ["It is a [nope]."]
silent = ["A nope here."]
)";

TEST(RulesTest, TestsThePackOfAFileOutsideTheRulesFolder) {
  TempTree tree;
  tree.write("other/pack.toml", kFrenchPack);
  const auto result = run_in(tree.path(), "rules test other/pack.toml");
  EXPECT_EQ(result.out, "2 passed, 0 failed (2 examples of 1 rule in 1 pack)\n");
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.exit_code, 0);
}

TEST(RulesTest, TestsEveryPackOfAFolder) {
  TempTree tree;
  tree.write("packs/fr/jamais.toml", kFrenchPack);
  tree.write("packs/en/never.toml", kEnglishPack);
  tree.write("loose/never.toml", kEnglishPack);
  EXPECT_EQ(run_in(tree.path(), "rules test packs").out,
            "5 passed, 0 failed (5 examples of 2 rules in 2 packs)\n");
  EXPECT_EQ(run_in(tree.path(), "rules test loose/").out,
            "3 passed, 0 failed (3 examples of 1 rule in 1 pack)\n");
  // A pack named twice counts once.
  EXPECT_EQ(run_in(tree.path(), "rules test packs packs/fr/jamais.toml").out,
            "5 passed, 0 failed (5 examples of 2 rules in 2 packs)\n");
}

TEST(RulesTest, AFailingExampleIsShownAndExitsWithOne) {
  TempTree tree;
  tree.write("other/pack.toml", kFailingPack);
  const auto result = run_in(tree.path(), "rules test other/pack.toml");
  EXPECT_EQ(result.out,
            "other/pack.toml:9: silent example of en.negation.nope failed: the rule fired at "
            "A [nope] here.\n"
            "    A nope here.\n"
            "1 passed, 1 failed (2 examples of 1 rule in 1 pack)\n");
  EXPECT_EQ(result.exit_code, 1);
}

struct BadPath {
  std::string name;
  std::string args;
  std::string error;
};

void PrintTo(const BadPath& path, std::ostream* out) {
  *out << path.name;
}

class RulesTestPaths : public testing::TestWithParam<BadPath> {};

TEST_P(RulesTestPaths, AreUsageErrorsNamingThePath) {
  TempTree tree;
  tree.write("other/pack.toml", kFrenchPack);
  tree.write("empty/readme.md", "no pack here\n");
  tree.write("nolang/pack.toml",
             std::string(kFrenchPack).substr(std::string("lang = \"fr\"\n").size()));
  tree.write("notes.txt", "not a pack\n");
  const auto result = run_in(tree.path(), "rules test " + GetParam().args);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "presscheck: error: " + GetParam().error + "\n");
  EXPECT_EQ(result.exit_code, 2);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RulesTestPaths,
    testing::Values(
        BadPath{"Missing", "other/pack.toml other/missing.toml",
                "other/missing.toml: no such file or folder"},
        BadPath{"NoPackInFolder", "empty",
                "empty: no rule pack here (.toml files, or fr/ and en/ folders of them)"},
        BadPath{"NotToml", "notes.txt", "notes.txt: not a rule pack (a rule pack is a .toml file)"},
        BadPath{"NoLanguage", "nolang/pack.toml",
                "nolang/pack.toml: a rule pack outside a fr/ or en/ folder needs `lang = \"fr\"` "
                "or `lang = \"en\"`"},
        BadPath{"Several", "missing empty",
                "missing: no such file or folder\n"
                "empty: no rule pack here (.toml files, or fr/ and en/ folders of them)"}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace presscheck
