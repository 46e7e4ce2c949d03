// Broken rule packs, as an editor may leave them: each problem is reported with its file,
// line and column, every problem of the run at once, and nothing is linted (exit code 2).
// Patterns are compiled only when first needed, so these tests also pin that a pattern
// that does not parse is still reported when the packs load, before any draft is read.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::run_in;
using testing_support::TempTree;

constexpr const char* kDraft = "---\ntitle: Le texte passe\n---\nLe texte ne passe pas.\n";

constexpr const char* kGoodEnglishPack = R"(lang = "en"

[[rule]]
id = "en.negation.not"
kind = "negation"
description = "not"
pattern = '''not'''
fire = ["It is [not] done."]
silent = ["It is done."]
)";

// Fills a scratch folder: rules/fr/negation.toml holding `french_pack`, a valid English
// pack and one French draft.
void write_tree(const TempTree& tree, const std::string& french_pack) {
  tree.write("rules/fr/negation.toml", french_pack);
  tree.write("rules/en/negation.toml", kGoodEnglishPack);
  tree.write("draft.md", kDraft);
}

TEST(RulePackErrors, APatternThatDoesNotParseIsReportedAtLoadWithItsLine) {
  const TempTree tree;
  write_tree(tree, R"(lang = "fr"

[[rule]]
id = "fr.negation.ne-pas"
kind = "negation"
description = "ne pas"
pattern = '''(?P<cue>ne pas'''
fire = ["Il [ne pas] venir."]
silent = ["Il vient."]
)");
  const auto result = run_in(tree.path(), "lint --rules rules draft.md");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "presscheck: error: 1 problem(s) in the rule packs:\n"
            "rules/fr/negation.toml:7:11: error: pattern does not compile: missing ): "
            "(?P<cue>ne pas\n"
            "     7 | pattern = '''(?P<cue>ne pas'''\n");
}

// RE2 tells a pattern too large for its memory budget only when compiling it, which now
// happens in the middle of a run, on whichever thread needs the rule first.
TEST(RulePackErrors, APatternTooLargeToCompileStopsTheRunWithItsRule) {
  const TempTree tree;
  write_tree(tree, R"(lang = "fr"

[[rule]]
id = "fr.negation.huge"
kind = "negation"
description = "a pattern too large to compile"
pattern = '''ne \pL{1000}\pL{1000}\pL{1000} pas'''
fire = ["Il [ne pas] venir."]
silent = ["Il vient."]
)");
  tree.write("second.md", kDraft);
  tree.write("third.md", kDraft);
  const auto result = run_in(tree.path(), "lint -j 2 --rules rules draft.md second.md third.md");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "presscheck: error: rules/fr/negation.toml:3: rule `fr.negation.huge`: pattern does "
            "not compile: pattern too large - compile failed\n");
}

TEST(RulePackErrors, EveryProblemOfTheRunIsListed) {
  const TempTree tree;
  write_tree(tree, R"(lang = "fr"

[[rule]]
id = "fr.negation.one"
kind = "negation"
description = "an unknown macro"
pattern = '''{nope} pas'''
fire = ["Il [ne pas] venir."]
silent = []

[[rule]]
id = "fr.negation.one"
kind = "negatoin"
description = "an unknown kind"
pattern = '''pas'''
fire = []
silent = []
)");
  const auto result = run_in(tree.path(), "rules test --rules rules");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "presscheck: error: 5 problem(s) in the rule packs:\n"
            "rules/fr/negation.toml:7:11: error: unknown macro `{nope}` in pattern\n"
            "     7 | pattern = '''{nope} pas'''\n"
            "rules/fr/negation.toml:3:1: error: rule needs a non-empty `silent` list of examples\n"
            "     3 | [[rule]]\n"
            "rules/fr/negation.toml:13:8: error: unknown rule kind `negatoin`\n"
            "    13 | kind = \"negatoin\"\n"
            "rules/fr/negation.toml:11:1: error: rule needs a non-empty `fire` list of examples\n"
            "    11 | [[rule]]\n"
            "rules/fr/negation.toml:11:1: error: rule needs a non-empty `silent` list of "
            "examples\n"
            "    11 | [[rule]]\n");
}

// The packs load side by side; their problems are still listed file by file, French
// folder first, each folder's files by name.
TEST(RulePackErrors, ProblemsOfSeveralPacksAreListedInFileOrder) {
  const TempTree tree;
  const auto broken = [](const char* lang, const char* id) {
    return fmt::format(
        "lang = \"{}\"\n\n[[rule]]\nid = \"{}\"\nkind = \"negation\"\ndescription = "
        "\"x\"\npattern = '''(pas'''\nfire = [\"[pas]\"]\nsilent = [\"non\"]\n",
        lang, id);
  };
  tree.write("rules/fr/b.toml", broken("fr", "fr.negation.b"));
  tree.write("rules/fr/a.toml", broken("fr", "fr.negation.a"));
  tree.write("rules/en/c.toml", broken("en", "en.negation.c"));
  tree.write("rules/en/a.toml", broken("en", "en.negation.a"));
  tree.write("draft.md", kDraft);
  const auto result = run_in(tree.path(), "lint --rules rules draft.md");
  EXPECT_EQ(result.exit_code, 2);
  const std::string problem =
      ":7:11: error: pattern does not compile: missing ): (pas\n"
      "     7 | pattern = '''(pas'''\n";
  EXPECT_EQ(result.err, "presscheck: error: 4 problem(s) in the rule packs:\nrules/fr/a.toml" +
                            problem + "rules/fr/b.toml" + problem + "rules/en/a.toml" + problem +
                            "rules/en/c.toml" + problem);
}

TEST(RulePackErrors, AMacroThatRefersToItselfIsRefusedAtOnce) {
  // Found by the rule_pack fuzzer: the loader expanded such a macro round after round, and
  // the text grew fivefold each time until the run took minutes and a gigabyte.
  const TempTree tree;
  write_tree(tree, R"(lang = "fr"

[macros]
e = '''(nj{e}|ex-ign{e}|ex-is{e}|ex-igne{e})'''

[[rule]]
id = "fr.negation.pas"
kind = "negation"
description = "pas"
pattern = '''pas{e}'''
fire = ["Il ne vient [pas]."]
silent = ["Il vient."]
)");
  const auto result = run_in(tree.path(), "lint --rules rules draft.md");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "presscheck: error: 1 problem(s) in the rule packs:\n"
            "rules/fr/negation.toml:10:11: error: macros refer to themselves: `{e}` -> `{e}`\n"
            "    10 | pattern = '''pas{e}'''\n");
}

TEST(RulePackErrors, ATomlSyntaxErrorNamesItsLineAndColumn) {
  const TempTree tree;
  write_tree(tree, "lang = \"fr\"\n\n[[rule]\nid = \"x\"\n");
  const auto result = run_in(tree.path(), "lint --rules rules draft.md");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "presscheck: error: 1 problem(s) in the rule packs:\n"
            "rules/fr/negation.toml:3:8: error: Error while parsing table header: expected ']', "
            "saw '\\n'\n"
            "     3 | [[rule]\n");
}

// A pack of one's own may use the built-in {wordchar} macro without defining it.
TEST(RulePackErrors, AGoodPackLintsWithOnlyTheRulesItHolds) {
  const TempTree tree;
  write_tree(tree, R"(lang = "fr"

[[rule]]
id = "fr.negation.ne-pas"
kind = "negation"
description = "ne pas"
pattern = '''(?P<cue1>ne)\s+{wordchar}+\s+(?P<cue2>pas)'''
fire = ["Il [ne vient pas]."]
silent = ["Il vient."]
)");
  const auto tested = run_in(tree.path(), "rules test --rules rules rules/fr/negation.toml");
  EXPECT_EQ(tested.exit_code, 0) << tested.err;
  EXPECT_EQ(tested.out, "2 passed, 0 failed (2 examples of 1 rule in 1 pack)\n");
  const auto linted = run_in(tree.path(), "lint --rules rules draft.md");
  EXPECT_EQ(linted.exit_code, 0) << linted.err;
  EXPECT_EQ(linted.out, "0 problème dans 1 fichier\n");
  EXPECT_EQ(linted.err, "");
}

// Code names kinds by typed handles; a pack names them by string, which is resolved when the
// pack loads. A misspelt kind is refused there with its place, never left to match nothing.
TEST(RulePackErrors, AMisspeltKindInAFrenchPackIsALoadError) {
  const TempTree tree;
  write_tree(tree, R"(lang = "fr"

[[rule]]
id = "fr.negation.ne-pas"
kind = "négation"
description = "ne pas"
pattern = '''(?P<cue>ne pas)'''
fire = ["Il [ne pas] venir."]
silent = ["Il vient."]
)");
  const auto result = run_in(tree.path(), "lint --rules rules draft.md");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "presscheck: error: 1 problem(s) in the rule packs:\n"
            "rules/fr/negation.toml:5:8: error: unknown rule kind `négation`\n"
            "     5 | kind = \"négation\"\n");
}

TEST(RulePackErrors, AMisspeltKindInAnEnglishPackIsALoadError) {
  const TempTree tree;
  tree.write("rules/fr/negation.toml", R"(lang = "fr"

[[rule]]
id = "fr.negation.pas"
kind = "negation"
description = "pas"
pattern = '''(?P<cue>pas)'''
fire = ["Il ne vient [pas]."]
silent = ["Il vient."]
)");
  tree.write("rules/en/titles.toml", R"(lang = "en"

[[rule]]
id = "en.title.former"
kind = "title_marker"
description = "former"
pattern = '''former'''
value = "former"
fire = ["the [former] minister"]
silent = ["the minister"]
)");
  tree.write("draft.md", kDraft);
  const auto result = run_in(tree.path(), "lint --rules rules draft.md");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "presscheck: error: 1 problem(s) in the rule packs:\n"
            "rules/en/titles.toml:5:8: error: unknown rule kind `title_marker`\n"
            "     5 | kind = \"title_marker\"\n");
}

}  // namespace
}  // namespace presscheck
