// `presscheck lookup`: ranking, facts at a date, hostile queries and usage errors, through
// the real binary, plus the lookup API the shell and the benchmark share.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "factbase/open_facts.hpp"
#include "render/cards/fact_card.hpp"
#include "run_binary.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::run_presscheck;

// His term as minister of the economy comes from the Wikidata part of the starter base.
TEST(LookupCommand, ShowsAFormerOfficeHolderAsFormerAfterTheTermEnds) {
  const auto before = run_presscheck("lookup 'Thierry Breton' --lang fr --as-of 2024-09-15");
  EXPECT_EQ(before.exit_code, 0);
  EXPECT_EQ(before.out,
            "Thierry Breton · personne · thierry-breton\n"
            "  fr                Thierry Breton\n"
            "  en                Thierry Breton\n"
            "  Faits au 15 septembre 2024\n"
            "  fonction          commissaire européen (du 1er décembre 2019 au 16 septembre\n"
            "                    2024)\n"
            "                    portefeuille : Internal Market\n"
            "                    source : "
            "https://ec.europa.eu/commission/commissioners/2019-2024/breton_en\n"
            "  Non valables au 15 septembre 2024\n"
            "  fonction          ministre de l'Économie (du 25 février 2005 au 17 mai 2007)\n"
            "  [ancien]          source : https://www.wikidata.org/wiki/Q2142823\n"
            "  sanctions         gouvernement des États-Unis (décembre 2025)\n"
            "  [pas encore]      autres personnes sanctionnées : 4\n"
            "                    source : French news article, High-tech section: the\n"
            "                    European Commission on Grok's fake videos and the DSA\n"
            "                    (reference copy: grok-dsa-article-fr.txt)\n");
  const auto after = run_presscheck("lookup 'Thierry Breton' --lang en --as-of 2024-09-16");
  EXPECT_EQ(after.exit_code, 0);
  EXPECT_EQ(after.out,
            "Thierry Breton · person · thierry-breton\n"
            "  fr                Thierry Breton\n"
            "  en                Thierry Breton\n"
            "  Not valid on 16 September 2024\n"
            "  position          European Commissioner (from 1 December 2019 to 16 September\n"
            "  [former]          2024)\n"
            "                    portfolio: Internal Market\n"
            "                    source: "
            "https://ec.europa.eu/commission/commissioners/2019-2024/breton_en\n"
            "  position          Minister of the Economy (from 25 February 2005 to 17 May\n"
            "  [former]          2007)\n"
            "                    source: https://www.wikidata.org/wiki/Q2142823\n"
            "  sanctions         United States government (December 2025)\n"
            "  [not yet]         others sanctioned: 4\n"
            "                    source: French news article, High-tech section: the European\n"
            "                    Commission on Grok's fake videos and the DSA (reference\n"
            "                    copy: grok-dsa-article-fr.txt)\n");
}

TEST(LookupCommand, AnOfficeCardNamesItsHoldersAtTheDate) {
  const auto in_2023 = run_presscheck("lookup 'EU commissioner' --lang en --as-of 2023-06-01");
  EXPECT_EQ(in_2023.exit_code, 0);
  EXPECT_NE(in_2023.out.find("  Held on 1 June 2023 by\n"
                             "                    Thierry Breton (from 1 December 2019 to 16 "
                             "September 2024)\n"),
            std::string::npos)
      << in_2023.out;
  const auto in_2025 = run_presscheck("lookup 'EU commissioner' --lang en --as-of 2025-06-01");
  EXPECT_NE(in_2025.out.find("Henna Virkkunen (since 1 December 2024)"), std::string::npos);
  EXPECT_EQ(in_2025.out.find("Thierry Breton"), std::string::npos);
}

TEST(LookupCommand, AnExactNameComesFirstOnTheStarterBase) {
  const auto result = run_presscheck("lookup 'Commission européenne' --format json");
  EXPECT_EQ(result.exit_code, 0);
  const auto first = result.out.find("\"id\":\"european-commission\"");
  const auto mention = result.out.find("\"id\":\"president-of-the-european-commission\"");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(mention, std::string::npos);
  EXPECT_LT(first, mention);
  EXPECT_NE(result.out.find("\"exact\":true"), std::string::npos);
}

TEST(LookupCommand, AnExactNameBeatsAQuoteThatRepeatsIt) {
  // bm25 alone would put the quote first: it says the word three times in four.
  const fs::path dir =
      fs::temp_directory_path() / ("presscheck-lookup-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "base.jsonl")
      << R"({"type":"source","id":"s","url":"https://example.org/s","title":"S"})"
         "\n"
      << R"({"type":"entity","id":"durand","kind":"person","names":{"fr":["Durand"],"en":["Durand"]}})"
         "\n"
      << R"({"type":"entity","id":"martin","kind":"person","names":{"fr":["Paul Martin"],"en":["Paul Martin"]}})"
         "\n"
      << R"({"type":"quote","id":"q","speaker":"martin","said_on":"2025-01-02","lang":"fr","text":"Durand, Durand, toujours Durand","polarity":"affirmative","sources":["s"]})"
         "\n";
  const auto result = run_presscheck("lookup durand --lang en --facts '" + dir.string() + "'");
  fs::remove_all(dir);
  EXPECT_EQ(result.exit_code, 0);
  const auto exact = result.out.find("Durand · person · durand");
  const auto passing = result.out.find("Paul Martin · person · martin");
  ASSERT_NE(exact, std::string::npos) << result.out;
  ASSERT_NE(passing, std::string::npos) << result.out;
  EXPECT_LT(exact, passing);
}

TEST(LookupCommand, HostileQueriesAreWordsOrNothing) {
  struct Case {
    std::string query;
    std::string out;
  };
  const std::vector<Case> cases = {
      {"'\"'", "The search holds no word to look for.\n"},
      {"'*'", "The search holds no word to look for.\n"},
      {"'NEAR('", "No fact matches \"NEAR(\".\n"},
      {"'a OR'", "No fact matches \"a OR\".\n"},
      {"'((('", "The search holds no word to look for.\n"},
      {"'x:y'", "No fact matches \"x:y\".\n"},
      {"-", "The search holds no word to look for.\n"},
      {"''", "The search holds no word to look for.\n"},
  };
  for (const Case& c : cases) {
    const auto result = run_presscheck("lookup --lang en -- " + c.query, nullptr, true);
    EXPECT_EQ(result.exit_code, 1) << c.query;
    EXPECT_EQ(result.out, c.out) << c.query;
  }
  std::string ten_kb;
  while (ten_kb.size() < 10 * 1024)
    ten_kb += "grok OR \"(x:* ";
  const auto big = run_presscheck("lookup --lang fr -- '" + ten_kb + "'", nullptr, true);
  EXPECT_EQ(big.exit_code, 1);
  EXPECT_EQ(big.out,
            "Aucun fait ne correspond à « grok OR \"(x:* grok OR \"(x:* grok OR \"(x:… ».\n");
}

// A name one letter off finds the person under the base's spelling, and says so first.
TEST(LookupCommand, ANameSpeltOneLetterOffFindsThePerson) {
  const auto fr = run_presscheck("lookup 'Thierry Bretton' --lang fr --as-of 2024-09-15");
  EXPECT_EQ(fr.exit_code, 0);
  EXPECT_EQ(fr.out.substr(0, fr.out.find('\n', fr.out.find('\n') + 1) + 1),
            "Aucun fait ne correspond à « Thierry Bretton » ; voici « Thierry Breton » :\n\n");
  EXPECT_NE(fr.out.find("Thierry Breton · personne · thierry-breton\n"), std::string::npos);
  const auto en = run_presscheck("lookup thierry bretton --lang en --format json");
  EXPECT_EQ(en.exit_code, 0);
  EXPECT_EQ(en.out.rfind("{\"query\":\"thierry bretton\",\"respelled\":\"thierry Breton\",", 0), 0u)
      << en.out.substr(0, 200);
  // A word near no name is left as it is, and the answer is still "nothing".
  const auto none = run_presscheck("lookup --lang en Zzzzqqq", nullptr, true);
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.out, "No fact matches \"Zzzzqqq\".\n");
}

TEST(LookupCommand, MistakesAreUsageErrors) {
  EXPECT_EQ(run_presscheck("lookup").exit_code, 2);
  const auto date = run_presscheck("lookup X --as-of 2024-13 --lang en", nullptr, true);
  EXPECT_EQ(date.exit_code, 2);
  EXPECT_EQ(date.out,
            "presscheck: error: --as-of: \"2024-13\" is not a date; write YYYY, YYYY-MM or "
            "YYYY-MM-DD\n");
  EXPECT_EQ(run_presscheck("lookup X --limit 0").exit_code, 2);
  EXPECT_EQ(run_presscheck("lookup X --format xml").exit_code, 2);
  EXPECT_EQ(run_presscheck("lookup X --facts /nonexistent/base.db").exit_code, 2);
}

TEST(LookupCommand, JsonGivesStatusesAndSources) {
  const auto result =
      run_presscheck("lookup 'Thierry Breton' --format json --as-of 2024-09-16 --lang en");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(
      result.out.rfind("{\"query\":\"Thierry Breton\",\"as_of\":\"2024-09-16\",\"lang\":\"en\"", 0),
      0u);
  EXPECT_NE(result.out.find("\"id\":\"breton-european-commissioner-2019\",\"subject\":"
                            "\"thierry-breton\",\"property\":\"position_held\",\"status\":"
                            "\"former\""),
            std::string::npos);
  EXPECT_NE(result.out.find("\"url\":\"https://ec.europa.eu/commission/commissioners/2019-2024/"
                            "breton_en\""),
            std::string::npos);
  const auto none = run_presscheck("lookup zzzz --format json --as-of 2024-09-16 --lang en");
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.out,
            "{\"query\":\"zzzz\",\"as_of\":\"2024-09-16\",\"lang\":\"en\",\"results\":[]}\n");
}

TEST(LookupApi, GroupsHitsByEntityAndMarksMatchedQuotes) {
  const facts::FactBase base = facts::open_facts("");
  const facts::QuoteIndex quotes(base.path());
  const Date at{2026, 1, 6, Precision::day};
  const LookupResult result = lookup(base, quotes, "très au sérieux", at, 5);
  ASSERT_EQ(result.cards.size(), 1u);
  const FactCard& card = result.cards.front();
  ASSERT_TRUE(card.entity.has_value());
  EXPECT_EQ(card.entity->id, "european-commission");
  ASSERT_EQ(card.quotes.size(), 3u);
  int matched = 0;
  for (const CardQuote& quote : card.quotes)
    matched += quote.matched ? 1 : 0;
  EXPECT_EQ(matched, 1);
  EXPECT_EQ(lookup(base, quotes, "Musk", at, 5).cards.at(0).entity->id, "elon-musk");
  EXPECT_EQ(lookup(base, quotes, "Commission", at, 1).cards.size(), 1u);
  EXPECT_FALSE(lookup(base, quotes, "(((", at, 5).has_words);
  EXPECT_EQ(lookup(base, quotes, "amende", at, 5).cards.at(0).property->id, "fine");
}

}  // namespace
}  // namespace presscheck
