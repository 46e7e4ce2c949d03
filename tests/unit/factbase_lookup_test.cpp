#include <gtest/gtest.h>

#include "core/error.hpp"
#include "factbase/fact_base.hpp"
#include "factbase/loader.hpp"
#include "factbase/operations.hpp"
#include "factbase_test_util.hpp"

namespace presscheck::facts {
namespace {

constexpr const char* kLookupFacts = R"(
{"type":"entity","id":"town","kind":"place","names":{"fr":["Saint-Étienne"],"en":["Saint-Etienne"]},"aliases":{"fr":["Sainté"]}}
{"type":"property","id":"population","value_type":"quantity","labels":{"fr":["habitants"],"en":["inhabitants"]}}
{"type":"statement","id":"pos-a1","subject":"alice","property":"position_held","value":{"entity":"mayor"},"valid_from":"2020-03-15","valid_to":"2024-09-16","sources":["s1"]}
{"type":"statement","id":"pos-b1","subject":"bob","property":"position_held","value":{"entity":"mayor"},"valid_from":"2024-09-16","sources":["s1"]}
{"type":"statement","id":"pos-b-old","subject":"bob","property":"position_held","value":{"entity":"mayor"},"valid_from":"2010","valid_to":"2012","rank":"deprecated","sources":["s1"]}
{"type":"statement","id":"pop-2019","subject":"town","property":"population","value":{"quantity":172000},"point_in_time":"2019","sources":["s1"]}
{"type":"statement","id":"pop-2021","subject":"town","property":"population","value":{"quantity":173000},"point_in_time":"2021-01","sources":["s1"]}
{"type":"statement","id":"pop-2021-corrected","subject":"town","property":"population","value":{"quantity":173089},"point_in_time":"2021-01","rank":"preferred","sources":["s1"]}
{"type":"statement","id":"pop-2022-wrong","subject":"town","property":"population","value":{"quantity":999},"point_in_time":"2022","rank":"deprecated","sources":["s1"]}
{"type":"statement","id":"bud-1","subject":"town","property":"budget","value":{"amount":1500000000,"currency":"EUR"},"valid_from":"2020","valid_to":"2021","sources":["s1"]}
{"type":"quote","id":"q1","speaker":"alice","said_on":"2024-01-02","lang":"fr","text":"nous agirons très vite","translations":{"en":"we will act very fast"},"sources":["s1"]}
{"type":"quote","id":"q2","speaker":"alice","said_on":"2023","lang":"fr","text":"selon Bob Durand, le budget de la ville de Saint-Étienne est en hausse depuis des années, comme Alice Martin le répète","polarity":"negative","sources":["s1"]}
)";

class FactbaseLookup : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    FactSet set;
    std::vector<Problem> problems;
    load_fact_text(std::string(test::kMiniBase) + kLookupFacts, "lookup.jsonl", set, problems);
    ASSERT_TRUE(problems.empty()) << format_problem(problems.front());
    write_database(set, *dir_ / "lookup.db", Journal::wal);
    base_ = new FactBase(*dir_ / "lookup.db");
  }
  static void TearDownTestSuite() {
    delete base_;
    delete dir_;
  }

  static std::vector<std::string> ids(const std::vector<Statement>& statements) {
    std::vector<std::string> found;
    for (const Statement& statement : statements)
      found.push_back(statement.id);
    return found;
  }
  static std::vector<std::string> best(const char* subject, const char* property,
                                       const char* date) {
    return ids(base_->best_statements(subject, property, *Date::parse_iso(date)));
  }

  static test::TempDir* dir_;
  static FactBase* base_;
};

test::TempDir* FactbaseLookup::dir_ = nullptr;
FactBase* FactbaseLookup::base_ = nullptr;

using Ids = std::vector<std::string>;

TEST_F(FactbaseLookup, ResolvesNamesIgnoringCaseAccentsAndSpacing) {
  auto entities = [](std::string_view name) {
    std::vector<std::string> found;
    for (const NameMatch& match : base_->resolve(name))
      found.push_back(match.entity);
    return found;
  };
  EXPECT_EQ(entities("alice martin"), Ids{"alice"});
  EXPECT_EQ(entities("  Alice \u00A0 MARTIN "), Ids{"alice"});
  EXPECT_EQ(entities("SAINT-ETIENNE"), Ids{"town"});
  EXPECT_EQ(entities("Martin"), Ids{});
  const auto alias = base_->resolve("sainte");
  ASSERT_EQ(alias.size(), 1u);
  EXPECT_TRUE(alias[0].alias);
  EXPECT_EQ(alias[0].name, "Sainté");
  EXPECT_EQ(alias[0].kind, EntityKind::place);
  EXPECT_EQ(alias[0].lang, Lang::fr);
}

TEST_F(FactbaseLookup, PeriodsIncludeTheirFirstDayAndExcludeTheirEnd) {
  EXPECT_EQ(best("alice", "position_held", "2020-03-14"), Ids{});
  EXPECT_EQ(best("alice", "position_held", "2020-03-15"), Ids{"pos-a1"});
  EXPECT_EQ(best("alice", "position_held", "2024-09-15"), Ids{"pos-a1"});
  EXPECT_EQ(best("alice", "position_held", "2024-09-16"), Ids{});
  EXPECT_EQ(best("bob", "position_held", "2024-09-16"), Ids{"pos-b1"});
  // A month-precise date stands for its first day.
  EXPECT_EQ(best("alice", "position_held", "2024-09"), Ids{"pos-a1"});
}

TEST_F(FactbaseLookup, DeprecatedStatementsNeverHold) {
  EXPECT_EQ(best("bob", "position_held", "2011-06-01"), Ids{});
  EXPECT_EQ(best("town", "population", "2023"), Ids{"pop-2021-corrected"});
}

TEST_F(FactbaseLookup, PointsInTimeGiveTheLatestAtOrBeforeTheDate) {
  EXPECT_EQ(best("town", "population", "2018-12-31"), Ids{});
  EXPECT_EQ(best("town", "population", "2019-01-01"), Ids{"pop-2019"});
  EXPECT_EQ(best("town", "population", "2020-12-31"), Ids{"pop-2019"});
  // Two statements at the latest point: the preferred one wins over the normal one.
  EXPECT_EQ(best("town", "population", "2021-01-01"), Ids{"pop-2021-corrected"});
  const auto statements = base_->best_statements("town", "population", *Date::parse_iso("2021"));
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0].value.number, 173089);
  EXPECT_EQ(statements[0].rank, Rank::preferred);
}

TEST_F(FactbaseLookup, ListsEveryStatementWithWhetherItIsCurrent) {
  std::vector<std::pair<std::string, bool>> listed;
  for (const auto& item : base_->statements_about("town", *Date::parse_iso("2021-06-01"))) {
    listed.emplace_back(item.statement.id, item.current);
  }
  EXPECT_EQ(listed, (std::vector<std::pair<std::string, bool>>{{"bud-1", false},
                                                               {"pop-2019", false},
                                                               {"pop-2021", false},
                                                               {"pop-2021-corrected", true},
                                                               {"pop-2022-wrong", false}}));
  const auto money = base_->statements_about("town", *Date::parse_iso("2020-05"));
  EXPECT_TRUE(money[0].current);
  EXPECT_EQ(money[0].statement.value.unit, "EUR");
  EXPECT_EQ(display_value(money[0].statement.value), "1500000000 EUR");
}

TEST_F(FactbaseLookup, FindsWhoHeldAnOfficeAtADate) {
  auto holders = [](const char* date) {
    return ids(base_->statements_with_value("mayor", *Date::parse_iso(date)));
  };
  EXPECT_EQ(holders("2023-01-01"), Ids{"pos-a1"});
  EXPECT_EQ(holders("2025"), Ids{"pos-b1"});
  EXPECT_EQ(holders("2011"), Ids{});
}

TEST_F(FactbaseLookup, ReadsQuotesSourcesPropertiesAndNames) {
  const auto quotes = base_->quotes_by("alice");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].id, "q2");
  EXPECT_EQ(quotes[0].polarity, Polarity::negative);
  EXPECT_EQ(quotes[1].translations.at(Lang::en), "we will act very fast");
  EXPECT_EQ(quotes[1].said_on->iso(), "2024-01-02");
  EXPECT_TRUE(base_->quotes_by("bob").empty());

  EXPECT_EQ(base_->source("s1")->url, "https://example.org/s1");
  EXPECT_FALSE(base_->source("s9").has_value());

  const auto budget = base_->property("budget");
  ASSERT_TRUE(budget.has_value());
  EXPECT_TRUE(budget->single_valued);
  EXPECT_EQ(budget->value_type, ValueType::money);
  EXPECT_FALSE(base_->property("height").has_value());
  std::vector<std::string> labels;
  for (const auto& label : base_->property_labels(Lang::en)) {
    labels.push_back(label.property + "=" + label.label);
  }
  EXPECT_EQ(labels, (Ids{"budget=budget", "population=inhabitants", "position_held=position"}));

  const auto town = base_->entity("town");
  ASSERT_TRUE(town.has_value());
  EXPECT_EQ(town->aliases.at(Lang::fr), Ids{"Sainté"});
  std::vector<std::string> names;
  for (const auto& entry : base_->all_names()) {
    names.push_back(entry.entity + "/" + std::string(lang_code(entry.lang)) +
                    (entry.alias ? "/alias/" : "/") + entry.name);
  }
  EXPECT_EQ(names, (Ids{"alice/en/Alice Martin", "alice/fr/Alice Martin", "bob/fr/Bob Durand",
                        "mayor/en/mayor", "mayor/fr/maire", "town/en/Saint-Etienne",
                        "town/fr/Saint-Étienne", "town/fr/alias/Sainté"}));
}

TEST_F(FactbaseLookup, SearchFindsWordsWithoutAccentsOrCase) {
  const auto hits = base_->search("TRES vite");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].kind, HitKind::quote);
  EXPECT_EQ(hits[0].ref, "q1");
  EXPECT_EQ(base_->search("act fast")[0].text, "we will act very fast");
  EXPECT_EQ(base_->search("habitants")[0].ref, "population");
}

TEST_F(FactbaseLookup, SearchRanksAnExactNameAboveAPassingMention) {
  const auto exact = base_->search("Alice Martin");
  ASSERT_EQ(exact.size(), 2u);
  EXPECT_EQ(exact[0].ref, "alice");
  EXPECT_TRUE(exact[0].exact);
  EXPECT_EQ(exact[1].ref, "q2");
  // Without an exact match bm25 decides, and a short name still beats a long quote.
  const auto partial = base_->search("durand");
  ASSERT_EQ(partial.size(), 2u);
  EXPECT_EQ(partial[0].ref, "bob");
  EXPECT_FALSE(partial[0].exact);
  EXPECT_EQ(partial[1].ref, "q2");
  EXPECT_LT(partial[0].bm25, partial[1].bm25);
  EXPECT_EQ(base_->search("durand", 1).size(), 1u);
}

TEST_F(FactbaseLookup, SearchTreatsHostileQueriesAsPlainWords) {
  const std::vector<std::string> hostile = {"\"",
                                            "\"\"\"",
                                            "*",
                                            "agirons*",
                                            "NEAR(",
                                            "NEAR(nous agirons)",
                                            "OR",
                                            "AND",
                                            "NOT",
                                            "a OR b",
                                            "-vite",
                                            "text:vite",
                                            ":",
                                            "(((",
                                            ")))",
                                            "^nous",
                                            "{text}: vite",
                                            "",
                                            "   ",
                                            "'",
                                            "\\",
                                            "nous\"agirons",
                                            "\xFF\xFE",
                                            "é\xC3",
                                            "😀",
                                            std::string(10240, 'a'),
                                            std::string(10240, '"'),
                                            [] {
                                              std::string words;
                                              for (int i = 0; i < 2000; ++i)
                                                words += "vite OR ";
                                              return words;
                                            }()};
  for (const std::string& query : hostile) {
    EXPECT_NO_THROW(base_->search(query)) << query.substr(0, 40);
  }
  EXPECT_TRUE(base_->search("").empty());
  EXPECT_TRUE(base_->search("(((").empty());
  // Operators are words like any other: « nous OR agirons » needs the word "or" too.
  EXPECT_TRUE(base_->search("nous OR agirons").empty());
  ASSERT_EQ(base_->search("\"nous agirons\"").size(), 1u);
  ASSERT_EQ(base_->search("agirons* -vite:").size(), 1u);
  EXPECT_EQ(base_->search("agirons* -vite:")[0].ref, "q1");
  EXPECT_TRUE(base_->search("NEAR(nous, agirons").empty()) << "NEAR is a plain word here";
}

// The starter base answers the questions the DSA story raises, at the article's date.
TEST(FactsStarterBase, KnowsTheDsaStory) {
  test::TempDir dir;
  const auto checked =
      check_fact_files({(std::filesystem::path(PRESSCHECK_SOURCE_DIR) / "facts").string()});
  ASSERT_TRUE(checked.problems.empty());
  write_database(checked.set, dir / "starter.db", Journal::wal);
  const FactBase base(dir / "starter.db");
  const Date article = *Date::parse_iso("2026-01-05");

  const auto fine = base.best_statements("x", "fine", article);
  ASSERT_EQ(fine.size(), 1u);
  EXPECT_EQ(display_value(fine[0].value), "120000000 EUR");
  EXPECT_EQ(fine[0].point_in_time->iso(), "2025-12");
  EXPECT_EQ(fine[0].qualifiers.at("law").text, "digital-services-act");
  EXPECT_EQ(base.source(fine[0].sources.at(0))->published->iso(), "2026-01-05");
  EXPECT_TRUE(base.best_statements("x", "fine", *Date::parse_iso("2025-11-30")).empty());

  auto commissioners = [&](const char* date) {
    std::vector<std::string> people;
    for (const Statement& statement :
         base.statements_with_value("european-commissioner", *Date::parse_iso(date))) {
      people.push_back(statement.subject);
    }
    return people;
  };
  EXPECT_EQ(commissioners("2024-09-15"), Ids{"thierry-breton"});
  EXPECT_EQ(commissioners("2024-09-16"), Ids{});
  EXPECT_EQ(commissioners("2026-01-05"), Ids{"henna-virkkunen"});
  EXPECT_EQ(
      base.statements_with_value("president-of-the-european-commission", article).at(0).subject,
      "ursula-von-der-leyen");

  EXPECT_EQ(base.resolve("présidente de la Commission européenne").at(0).entity,
            "president-of-the-european-commission");
  EXPECT_EQ(base.resolve("DSA").at(0).entity, "digital-services-act");
  EXPECT_TRUE(base.resolve("Brussels").empty());
  EXPECT_EQ(
      base.best_statements("digital-services-act", "official_reference", article).at(0).value.text,
      "Regulation (EU) 2022/2065");

  const auto quotes = base.quotes_by("european-commission");
  const auto serious = std::find_if(quotes.begin(), quotes.end(),
                                    [](const Quote& q) { return q.text == "très au sérieux"; });
  ASSERT_NE(serious, quotes.end());
  EXPECT_EQ(serious->polarity, Polarity::affirmative);
  EXPECT_EQ(serious->translations.at(Lang::en), "very seriously");
  EXPECT_EQ(base.search("tres au serieux").at(0).ref, serious->id);
}

}  // namespace
}  // namespace presscheck::facts
