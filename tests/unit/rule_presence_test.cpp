// The presence pass (RuleSet::presence): one set scan over a block tells which rules may
// match in it, so that a kind absent from the block costs nothing. It may only ever skip
// rules that cannot match: every search must find exactly what it finds without the pass.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "bundled_rules.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::bundled_rules;
using testing_support::TempTree;

// A French pack: a reporting verb and a rebuttal (kinds the pass reads), a negation (a
// kind it leaves out) and a case-sensitive reporting verb (which a case-blind pass cannot
// hold).
constexpr const char* kFrenchPack = R"(lang = "fr"

[[rule]]
id = "fr.test.dit"
kind = "reporting-verb"
description = "dit"
pattern = '''dit(?:{nonword}|$)'''
fire = ["Il a [dit] non."]
silent = ["Il a fait."]

[[rule]]
id = "fr.test.faux"
kind = "rebuttal"
description = "faux"
pattern = '''faux(?:{nonword}|$)'''
fire = ["C'est [faux]."]
silent = ["C'est vrai."]

[[rule]]
id = "fr.test.pas"
kind = "negation"
description = "pas"
pattern = '''pas(?:{nonword}|$)'''
fire = ["Il ne vient [pas]."]
silent = ["Il vient."]

[[rule]]
id = "fr.test.affirme-capital"
kind = "reporting-verb"
description = "Affirme, capitalised"
case_sensitive = true
pattern = '''Affirme(?:{nonword}|$)'''
fire = ["[Affirme] le ministre."]
silent = ["affirme le ministre."]
)";

constexpr const char* kEnglishPack = R"(lang = "en"

[[rule]]
id = "en.test.said"
kind = "reporting-verb"
description = "said"
pattern = '''said(?:{nonword}|$)'''
fire = ["She [said] no."]
silent = ["She did."]
)";

std::shared_ptr<const RuleSet> test_rules(const TempTree& tree) {
  tree.write("rules/fr/test.toml", kFrenchPack);
  tree.write("rules/en/test.toml", kEnglishPack);
  return RuleSet::load(tree.path() / "rules");
}

const PatternRule& rule_named(const RuleSet& rules, std::string_view id) {
  for (const RulePack& pack : rules.packs()) {
    for (const PatternRule& rule : pack.rules) {
      if (rule.id == id)
        return rule;
    }
  }
  throw std::runtime_error("no rule " + std::string(id));
}

// What a search found, as "rule id@begin-end" lines, for comparing two searches.
std::string found(const std::vector<RuleMatch>& matches) {
  std::string out;
  for (const RuleMatch& match : matches)
    out += match.rule->id + "@" + std::to_string(match.span.begin) + "-" +
           std::to_string(match.span.end) + "\n";
  return out;
}

TEST(RulePresence, WithoutAPassEveryRuleMayMatch) {
  const TempTree tree;
  const auto rules = test_rules(tree);
  const RulePresence none;
  EXPECT_FALSE(none.scanned());
  EXPECT_TRUE(none.may_match(rule_named(*rules, "fr.test.faux")));
  EXPECT_TRUE(none.may_match(rule_named(*rules, "fr.test.dit")));
}

TEST(RulePresence, APassRulesOutOnlyTheRulesItReadsThatAreAbsent) {
  const TempTree tree;
  const auto rules = test_rules(tree);
  const std::string text = "Il a dit qu'il ne viendrait pas.";
  const RulePresence present = rules->presence(Lang::fr, text, {0, text.size()});
  EXPECT_TRUE(present.scanned());
  EXPECT_TRUE(present.may_match(rule_named(*rules, "fr.test.dit")));
  EXPECT_FALSE(present.may_match(rule_named(*rules, "fr.test.faux")));
  // Left out of the pass, so never ruled out: a negation, a case-sensitive rule.
  EXPECT_EQ(rule_named(*rules, "fr.test.pas").presence_slot, -1);
  EXPECT_EQ(rule_named(*rules, "fr.test.affirme-capital").presence_slot, -1);
  EXPECT_TRUE(present.may_match(rule_named(*rules, "fr.test.pas")));
  EXPECT_TRUE(present.may_match(rule_named(*rules, "fr.test.affirme-capital")));
}

TEST(RulePresence, EachLanguageHasAPassOfItsOwn) {
  const TempTree tree;
  const auto rules = test_rules(tree);
  const std::string text = "She said it was faux.";
  const RulePresence english = rules->presence(Lang::en, text, {0, text.size()});
  EXPECT_TRUE(english.may_match(rule_named(*rules, "en.test.said")));
  const RulePresence french = rules->presence(Lang::fr, text, {0, text.size()});
  EXPECT_TRUE(french.may_match(rule_named(*rules, "fr.test.faux")));
  EXPECT_FALSE(french.may_match(rule_named(*rules, "fr.test.dit")));
}

TEST(RulePresence, AKindAbsentFromTheBlockFindsNothingAndAPresentOneFindsItsMatches) {
  const TempTree tree;
  const auto rules = test_rules(tree);
  const std::string text = "Affirme le ministre : il a dit non, il n'a pas dit oui.";
  const Span block{0, text.size()};
  const RulePresence present = rules->presence(Lang::fr, text, block);
  const KindRules& verbs = rules->kind(Lang::fr, RuleKindId::reporting_verb);
  EXPECT_EQ(found(verbs.find_all(text, block, present)),
            "fr.test.affirme-capital@0-7\nfr.test.dit@27-30\nfr.test.dit@47-50\n");
  EXPECT_EQ(found(rules->kind(Lang::fr, RuleKindId::rebuttal).find_all(text, block, present)), "");
}

// The pass reads one character past each end of the block: a search inside the block sees
// that character too (RE2 matches with the whole text as context), so a rule that needs it
// must not be ruled out. RE2's ASCII \b after « dit, » holds only because an « x » follows.
TEST(RulePresence, ARuleNeedingTheCharacterAfterTheBlockIsNotRuledOut) {
  const TempTree tree;
  tree.write("rules/fr/test.toml", R"(lang = "fr"

[[rule]]
id = "fr.test.dit-virgule"
kind = "reporting-verb"
description = "dit, then a word"
pattern = '''dit,\b'''
fire = ["Il a [dit],oui."]
silent = ["Il a dit, oui."]
)");
  tree.write("rules/en/test.toml", kEnglishPack);
  const auto rules = RuleSet::load(tree.path() / "rules");
  const std::string text = "Il a dit,x";
  const Span block{0, 9};  // up to the comma
  const RulePresence present = rules->presence(Lang::fr, text, block);
  const KindRules& verbs = rules->kind(Lang::fr, RuleKindId::reporting_verb);
  EXPECT_EQ(found(verbs.find_all(text, block)), "fr.test.dit-virgule@5-8\n");
  EXPECT_EQ(found(verbs.find_all(text, block, present)), "fr.test.dit-virgule@5-8\n");
}

// Every kind the analysis reads, searched over every paragraph of the samples and over each
// of their sentences, finds the same with the paragraph's pass as without it.
TEST(RulePresence, TheBundledPacksFindTheSameWithAndWithoutThePass) {
  const RuleSet& rules = bundled_rules();
  const std::vector<RuleKindId> kinds = {
      RuleKindId::attribution,  RuleKindId::auxiliary,    RuleKindId::clause_break,
      RuleKindId::determiner,   RuleKindId::negation,     RuleKindId::negating_verb,
      RuleKindId::not_negation, RuleKindId::rebuttal,     RuleKindId::reporting_verb,
      RuleKindId::title_copula, RuleKindId::title_marker, RuleKindId::topic_word};
  std::size_t searches = 0;
  std::size_t matches = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(PRESSCHECK_SOURCE_DIR) / "samples")) {
    if (!entry.is_regular_file() ||
        (entry.path().extension() != ".md" && entry.path().extension() != ".txt"))
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const Lang lang = entry.path().string().find("/en") != std::string::npos ? Lang::en : Lang::fr;
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find("\n\n", begin);
      if (end == std::string::npos)
        end = text.size();
      const Span block{begin, end};
      const RulePresence present = rules.presence(lang, text, block);
      std::vector<Span> spans = {block};
      for (std::size_t from = begin; from < end;) {
        std::size_t stop = text.find(". ", from);
        stop = stop == std::string::npos || stop >= end ? end : stop + 1;
        spans.push_back({from, stop});
        from = stop;
      }
      for (RuleKindId kind : kinds) {
        for (const Span within : spans) {
          const auto without = rules.kind(lang, kind).find_all(text, within);
          EXPECT_EQ(found(rules.kind(lang, kind).find_all(text, within, present)), found(without))
              << entry.path() << " " << rule_kind(kind).name << " " << within.begin;
          ++searches;
          matches += without.size();
        }
      }
      begin = end + 2;
    }
  }
  // The samples exercise the comparison: thousands of searches, hundreds of matches.
  EXPECT_GT(searches, 1000U);
  EXPECT_GT(matches, 100U);
}

}  // namespace
}  // namespace presscheck
