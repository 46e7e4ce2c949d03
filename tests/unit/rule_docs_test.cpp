// The rule pages under docs/rules/: one per rule of `rules list` and none other, each in
// both languages with the same sections, and examples that do what the page says: every
// block marked `fires` draws the rule from the real binary, every `silent` one does not.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "checks/registry.hpp"
#include "core/json_reader.hpp"
#include "render/rule_docs.hpp"
#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::read_file;
using testing_support::run_in;
using testing_support::TempTree;

const fs::path kPages = fs::path(PRESSCHECK_SOURCE_DIR) / "docs/rules";

// Drafts these rules are about cannot be written as text (a NUL byte, Latin-1, 16 MiB, a
// FIFO): their pages show the commands that make one instead of a runnable example.
const std::set<std::string> kShownAsCommands = {"input.binary", "input.invalid-utf8",
                                                "input.too-large", "input.unreadable"};

const std::vector<std::string> kHeadings = {"## English",
                                            "### What it finds",
                                            "### Fires",
                                            "### Stays silent",
                                            "### How to fix",
                                            "### How to suppress",
                                            "## Français",
                                            "### Ce qu'elle trouve",
                                            "### Exemple qui se déclenche",
                                            "### Exemple silencieux",
                                            "### Comment corriger",
                                            "### Comment la désactiver"};

fs::path page_of(std::string_view id) {
  return kPages / (std::string(id) + ".md");
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const RuleInfo& info : all_rule_infos())
    ids.emplace_back(info.id);
  return ids;
}

/// One fenced example of a page: its format, what it claims and its text.
struct Example {
  std::string format;  // markdown, text, html or json
  bool fires = false;
  std::string text;
  bool french = false;  // in the page's French half
};

std::vector<Example> examples_of(const std::string& page) {
  static const RE2 block("```(markdown|text|html|json) (fires|silent)\n([^`]*)```");
  const std::size_t french_from = page.find("## Français");
  std::vector<Example> examples;
  re2::StringPiece match[4];
  std::size_t from = 0;
  while (block.Match(page, from, page.size(), RE2::UNANCHORED, match, 4)) {
    const auto start = static_cast<std::size_t>(match[0].data() - page.data());
    examples.push_back(
        {std::string(match[1]), match[2] == "fires", std::string(match[3]), start > french_from});
    from = start + match[0].size();
  }
  return examples;
}

std::string extension_of(const std::string& format) {
  static const std::map<std::string, std::string> extensions = {
      {"markdown", ".md"}, {"text", ".txt"}, {"html", ".html"}, {"json", ".json"}};
  return extensions.at(format);
}

TEST(RuleDocs, EveryRuleHasAPage) {
  for (const std::string& id : rule_ids())
    EXPECT_TRUE(fs::is_regular_file(page_of(id))) << "no page " << page_of(id) << " for " << id;
}

TEST(RuleDocs, EveryPageIsThatOfARule) {
  std::size_t pages = 0;
  for (const auto& entry : fs::directory_iterator(kPages)) {
    ++pages;
    const std::string stem = entry.path().stem().string();
    EXPECT_EQ(entry.path().extension(), ".md") << entry.path();
    EXPECT_NE(find_rule_info(stem), nullptr)
        << entry.path() << " names no rule of `presscheck rules list`";
  }
  EXPECT_EQ(pages, rule_ids().size());
}

TEST(RuleDocs, TheAddressPointsAtThePageInTheRepository) {
  EXPECT_EQ(rule_doc_url("headline.negated-quote"),
            "https://github.com/presscheck/presscheck/blob/main/docs/rules/"
            "headline.negated-quote.md");
}

TEST(RuleDocs, SarifRulesCarryTheirDescriptionsAndPage) {
  const auto result =
      run_in(PRESSCHECK_SOURCE_DIR, "lint --format sarif samples/en/budget-misquote.md");
  const JsonValue log = parse_json(result.out);
  const JsonValue& driver = *log.find("runs")->as_array().at(0).find("tool")->find("driver");
  const auto& rules = driver.find("rules")->as_array();
  ASSERT_EQ(rules.size(), all_rule_infos().size());
  for (const JsonValue& rule : rules) {
    const std::string& id = rule.find("id")->as_string();
    const RuleInfo* info = find_rule_info(id);
    ASSERT_NE(info, nullptr) << id;
    const std::string url = rule_doc_url(id);
    EXPECT_EQ(rule.find("helpUri")->as_string(), url);
    const std::string full = rule.find("fullDescription")->find("text")->as_string();
    EXPECT_NE(full.find(std::string(info->summary_en.substr(1)) +
                        ". En français : " + std::string(info->summary_fr) + "."),
              std::string::npos)
        << full;
    const JsonValue& help = *rule.find("help");
    EXPECT_NE(help.find("text")->as_string().find(url), std::string::npos);
    EXPECT_NE(help.find("markdown")->as_string().find("](" + url + ")"), std::string::npos);
    EXPECT_NE(help.find("markdown")
                  ->as_string()
                  .find("`<!-- presscheck-disable-next-line " + id + " -- reason -->`"),
              std::string::npos);
  }
  const auto date_rule = std::find_if(rules.begin(), rules.end(), [](const JsonValue& rule) {
    return rule.find("id")->as_string() == "consistency.date";
  });
  ASSERT_NE(date_rule, rules.end());
  EXPECT_EQ(date_rule->find("fullDescription")->find("text")->as_string(),
            "A date in the headline or standfirst differs from the one the body gives for the "
            "same event. En français : une date du titre ou du chapô diffère de celle que le "
            "corps donne pour le même événement.");
}

TEST(RuleDocs, RdjsonCodesLinkTheirPage) {
  const auto result =
      run_in(PRESSCHECK_SOURCE_DIR, "lint --format rdjson samples/en/budget-misquote.md");
  const JsonValue report = parse_json(result.out);
  const auto& diagnostics = report.find("diagnostics")->as_array();
  ASSERT_EQ(diagnostics.size(), 2u);
  for (const JsonValue& diagnostic : diagnostics) {
    const JsonValue& code = *diagnostic.find("code");
    EXPECT_EQ(code.find("value")->as_string(), "quote.not-in-body");
    EXPECT_EQ(code.find("url")->as_string(),
              "https://github.com/presscheck/presscheck/blob/main/docs/rules/quote.not-in-body.md");
  }
}

class RulePage : public testing::TestWithParam<std::string> {};

TEST_P(RulePage, HasTheTitleSeverityAndSectionsInBothLanguages) {
  const std::string& id = GetParam();
  const std::string page = read_file(page_of(id).string());
  ASSERT_FALSE(page.empty()) << page_of(id);
  EXPECT_EQ(page.substr(0, page.find('\n')), "# `" + id + "`");
  const std::string severity(severity_name(find_rule_info(id)->severity));
  EXPECT_NE(page.find("Default severity: **" + severity + "**"), std::string::npos) << id;
  std::size_t from = 0;
  for (const std::string& heading : kHeadings) {
    const std::size_t at = page.find("\n" + heading + "\n", from);
    ASSERT_NE(at, std::string::npos) << id << ": no `" << heading << "` after the previous one";
    from = at + 1;
  }
  // Both "how to suppress" sections name the rule as it must be written.
  const std::size_t english = page.find("### How to suppress");
  const std::size_t french = page.find("### Comment la désactiver");
  EXPECT_NE(page.substr(english, page.find("## Français") - english).find(id), std::string::npos);
  EXPECT_NE(page.substr(french).find(id), std::string::npos);
}

TEST_P(RulePage, ExamplesFireOrStaySilentAsThePageSays) {
  const std::string& id = GetParam();
  const std::vector<Example> examples = examples_of(read_file(page_of(id).string()));
  if (kShownAsCommands.count(id) != 0) {
    EXPECT_TRUE(examples.empty()) << id;
    return;
  }
  for (const bool french : {false, true}) {
    for (const bool fires : {true, false}) {
      EXPECT_TRUE(
          std::any_of(examples.begin(), examples.end(),
                      [&](const Example& e) { return e.french == french && e.fires == fires; }))
          << id << ": no " << (fires ? "firing" : "silent") << " example in "
          << (french ? "French" : "English");
    }
  }
  TempTree tree;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const Example& example = examples[i];
    const std::string name = "example-" + std::to_string(i) + extension_of(example.format);
    tree.write(name, example.text);
    const auto result = run_in(tree.path(), "lint --format json " + name);
    ASSERT_NE(result.exit_code, 2) << result.err;
    const bool fired = result.out.find("\"rule\":\"" + id + "\"") != std::string::npos;
    EXPECT_EQ(fired, example.fires)
        << id << " example " << i << " should " << (example.fires ? "fire" : "stay silent") << ":\n"
        << example.text << "\nbut lint printed " << result.out;
  }
}

std::string page_name(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, RulePage, testing::ValuesIn(rule_ids()), page_name);

}  // namespace
}  // namespace presscheck
