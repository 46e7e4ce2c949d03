// `presscheck facts import-claimreview`: schema.org ClaimReview JSON-LD (one object, an array,
// a @graph) and Fact Check Tools API responses become claim_review records; ratings are read
// through facts/claim-ratings.toml; imports are idempotent and all or nothing; the records
// round-trip through `facts export` and `facts build`.
#include <gtest/gtest.h>

#include "factbase_test_util.hpp"

namespace presscheck {
namespace {

using test::run_presscheck;
using test::TempDir;
using test::write_file;

const std::string kData = PRESSCHECK_SOURCE_DIR "/tests/data/claimreview/";

class ClaimReviewImport : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "base.jsonl", test::kMiniBase);
    ASSERT_EQ(run_presscheck("facts build base.jsonl -o b.db", dir_.path()).exit_code, 0);
  }

  test::RunResult import(const std::string& files, const std::string& more = "") {
    return run_presscheck("facts import-claimreview " + files + " --db b.db " + more, dir_.path());
  }

  // The claim_review records of the base, one per line.
  std::vector<std::string> reviews() {
    const auto out = run_presscheck("facts export --db b.db", dir_.path()).out;
    std::vector<std::string> lines;
    for (std::size_t at = 0, end; (end = out.find('\n', at)) != std::string::npos; at = end + 1) {
      if (out.compare(at, 22, R"({"type":"claim_review")") == 0)
        lines.push_back(out.substr(at, end - at));
    }
    return lines;
  }

  static std::string all_files() {
    return "'" + kData + "single-fr.json' '" + kData + "graph-en.json' '" + kData +
           "array-mixed.json' '" + kData + "factcheck-api.json'";
  }

  TempDir dir_;
};

TEST_F(ClaimReviewImport, ReadsEveryShapeAndSaysWhatItLeftOut) {
  const auto result = import(all_files());
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.out,
            "b.db: import done: 8 claim reviews written: 4 false, 2 misleading, 1 true, 1 "
            "unrated (9 read)\n"
            "  1 review left out: in another language than French or English\n"
            "  1 review kept as unrated: rating \"Somewhat wobbly\" is in no list of the ratings "
            "file\n");
  EXPECT_EQ(result.exit_code, 0);
  const auto records = reviews();
  // Every field of each shape, dates cut to the day, ratings read as verdicts, ids from
  // the URL and the claim.
  const std::vector<std::string> expected = {
      R"j({"type":"claim_review","id":"review-11314d19cb0d4597","claim":"The UK sends 350 million pounds a week to the EU","lang":"en","claimant":"A campaign bus","claim_date":"2016-04-15","rating":"Somewhat wobbly","verdict":"unrated","reviewer":"other.example.net","url":"https://other.example.net/350m"})j",
      R"j({"type":"claim_review","id":"review-4ae59eb92bfce20e","claim":"The UK sends 350 million pounds a week to the EU","lang":"en","claimant":"A campaign bus","claim_date":"2016-04-15","rating":"Misleading","verdict":"misleading","reviewer":"Fact Desk (example)","review_date":"2016-04-20","url":"https://factdesk.example.org/checks/350-million-a-week","title":"The gross figure ignores the rebate"})j",
      R"j({"type":"claim_review","id":"review-4d3b3b03c953b876","claim":"Le Smic a augmenté de 20 % depuis 2017","lang":"fr","claimant":"Un responsable politique","claim_date":"2024-02-12","rating":"Exagéré","verdict":"misleading","reviewer":"Les Vérificateurs (exemple)","review_date":"2024-02-14","url":"https://verif.example.org/2024/02/smic-hausse"})j",
      R"j({"type":"claim_review","id":"review-7f653037ce812c00","claim":"La France a accueilli 500 000 demandeurs d'asile en 2023","lang":"fr","claimant":"Un député","claim_date":"2024-01-15","rating":"Faux. Les demandes enregistrées sont bien moins nombreuses.","verdict":"false","reviewer":"Les Vérificateurs (exemple)","review_date":"2024-01-17","url":"https://verif.example.org/2024/01/demandes-asile-2023","title":"Demandes d'asile : le chiffre de 500 000 est trois fois trop élevé"})j",
      R"j({"type":"claim_review","id":"review-aeb34f1ea277f80e","claim":"5G masts spread the coronavirus","lang":"en","claimant":"A viral video","claim_date":"2020-04-02","rating":"Pants on Fire!","verdict":"false","reviewer":"Fact Desk (example)","review_date":"2020-04-06","url":"https://factdesk.example.org/checks/5g-masts-coronavirus","title":"No, phone masts do not spread viruses"})j",
      R"j({"type":"claim_review","id":"review-b003ab97ea98c25f","claim":"Le taux de chômage est passé sous 7 % en 2023","lang":"fr","rating":"Vrai","verdict":"true","reviewer":"Les Vérificateurs (exemple)","review_date":"2024-03-01","url":"https://verif.example.org/2024/03/chomage"})j",
      R"j({"type":"claim_review","id":"review-c1165d5e3528df51","claim":"Le vaccin contre la grippe saisonnière rend les femmes stériles","lang":"fr","claimant":"Une publication Facebook","claim_date":"2024-10-28","rating":"Faux","rating_value":1,"best_rating":5,"worst_rating":1,"verdict":"false","reviewer":"Les Vérificateurs (exemple)","review_date":"2024-11-04","url":"https://verif.example.org/2024/11/vaccin-grippe-sterilite","title":"Non, le vaccin contre la grippe ne rend pas stérile"})j",
      R"j({"type":"claim_review","id":"review-c14f0ea370e766fc","claim":"Drinking hot water every 15 minutes kills the virus","lang":"en","claimant":"A chain message","claim_date":"2020-03-20","rating_value":1,"best_rating":5,"worst_rating":1,"verdict":"false","reviewer":"Fact Desk (example)","review_date":"2020-03-23","url":"https://factdesk.example.org/checks/hot-water-virus"})j",
  };
  EXPECT_EQ(records, expected);
}

TEST_F(ClaimReviewImport, TheSameReviewsImportedAgainChangeNothing) {
  ASSERT_EQ(import(all_files()).exit_code, 0);
  const auto first = run_presscheck("facts export --db b.db", dir_.path()).out;
  const auto again = import("'" + kData + "factcheck-api.json' '" + kData + "single-fr.json'");
  EXPECT_EQ(again.out,
            "b.db: import done: 4 claim reviews written: 2 false, 1 misleading, 1 unrated (4 "
            "read)\n  1 review kept as unrated: rating \"Somewhat wobbly\" is in no list of the "
            "ratings file\n");
  EXPECT_EQ(run_presscheck("facts export --db b.db", dir_.path()).out, first);
  EXPECT_EQ(reviews().size(), 8u);
}

TEST_F(ClaimReviewImport, ExportThenBuildGivesTheSameBase) {
  ASSERT_EQ(import(all_files()).exit_code, 0);
  ASSERT_EQ(run_presscheck("facts export --db b.db -o all.jsonl", dir_.path()).exit_code, 0);
  const auto built = run_presscheck("facts build all.jsonl -o c.db", dir_.path());
  EXPECT_EQ(built.out,
            "c.db: 1 sources, 3 entities, 2 properties, 0 statements, 0 quotes, 8 claim reviews\n");
  EXPECT_EQ(run_presscheck("facts export --db c.db", dir_.path()).out,
            run_presscheck("facts export --db b.db", dir_.path()).out);
  const auto stats = run_presscheck("facts stats --db c.db", dir_.path()).out;
  EXPECT_NE(stats.find("claim reviews: 8 (false 4, misleading 2, true 1, unrated 1)\n"),
            std::string::npos)
      << stats;
}

TEST_F(ClaimReviewImport, LookupListsThePastChecksOfTheWordsSearched) {
  ASSERT_EQ(import(all_files()).exit_code, 0);
  const auto fr =
      run_presscheck("lookup --facts b.db --no-color --lang fr grippe stériles", dir_.path());
  EXPECT_EQ(fr.out,
            "Vérifications passées :\n"
            "  faux          « Le vaccin contre la grippe saisonnière rend les femmes\n"
            "                stériles »\n"
            "                affirmé par Une publication Facebook, 28 octobre 2024\n"
            "                Les Vérificateurs (exemple), 4 novembre 2024 : « Faux »\n"
            "                https://verif.example.org/2024/11/vaccin-grippe-sterilite\n");
  EXPECT_EQ(fr.exit_code, 0);
  const auto en =
      run_presscheck("lookup --facts b.db --format json --lang en 350 million", dir_.path());
  EXPECT_NE(
      en.out.find(
          R"j("results":[],"past_checks":[{"id":"review-11314d19cb0d4597","claim":"The UK sends 350 million pounds a week to the EU","lang":"en","claimant":"A campaign bus","claim_date":"2016-04-15","rating":"Somewhat wobbly","verdict":"unrated","reviewer":"other.example.net","review_date":null,"url":"https://other.example.net/350m","title":""},{"id":"review-4ae59eb92bfce20e","claim":"The UK sends 350 million pounds a week to the EU","lang":"en","claimant":"A campaign bus","claim_date":"2016-04-15","rating":"Misleading","verdict":"misleading","reviewer":"Fact Desk (example)","review_date":"2016-04-20","url":"https://factdesk.example.org/checks/350-million-a-week","title":"The gross figure ignores the rebate"}]})j"),
      std::string::npos)
      << en.out;
  const auto none =
      run_presscheck("lookup --facts b.db --no-color --lang en turbines", dir_.path());
  EXPECT_EQ(none.out, "No fact matches \"turbines\".\n");
  EXPECT_EQ(none.exit_code, 1);
}

TEST_F(ClaimReviewImport, VerifyReportsARepeatedClaimAsContradictedByItsReview) {
  ASSERT_EQ(import(all_files()).exit_code, 0);
  const auto text = run_presscheck(
      "verify --facts b.db --no-color --date 2025-01-10 'Le Smic a augmenté de 20 % depuis 2017.'",
      dir_.path());
  EXPECT_EQ(text.out,
            "Base de faits au 10 janvier 2025 :\n"
            "contredit     « Le Smic a augmenté de 20 % depuis 2017. »\n"
            "              cette phrase reprend une affirmation jugée trompeuse par Les\n"
            "              Vérificateurs (exemple) (« Exagéré », 14 février 2024) : « Le Smic\n"
            "              a augmenté de 20 % depuis 2017 »\n"
            "              source : https://verif.example.org/2024/02/smic-hausse\n"
            "              fait : review-4d3b3b03c953b876\n");
  EXPECT_EQ(text.exit_code, 1);
  const auto json = run_presscheck(
      "verify --facts b.db --format json --date 2025-01-10 '5G masts do not spread the "
      "coronavirus.'",
      dir_.path());
  EXPECT_EQ(json.out.find("claim.previously-checked"), std::string::npos) << json.out;
  EXPECT_EQ(json.exit_code, 0);
}

TEST_F(ClaimReviewImport, FactFilesImportClaimReviewRecordsToo) {
  write_file(
      dir_ / "claims.jsonl",
      R"j({"type":"claim_review","id":"ciel-vert","claim":"Le ciel est vert","lang":"fr","rating":"Faux","verdict":"false","reviewer":"R","url":"https://r.example/1"})j"
      "\n");
  const auto result = run_presscheck("facts import claims.jsonl --db b.db", dir_.path());
  EXPECT_EQ(result.out, "b.db: import done\n");
  EXPECT_EQ(
      reviews(),
      std::vector<std::string>{
          R"j({"type":"claim_review","id":"ciel-vert","claim":"Le ciel est vert","lang":"fr","rating":"Faux","verdict":"false","reviewer":"R","url":"https://r.example/1"})j"});
  const auto lookup = run_presscheck("lookup --facts b.db --format json ciel vert", dir_.path());
  EXPECT_NE(lookup.out.find(R"("past_checks":[{"id":"ciel-vert")"), std::string::npos)
      << lookup.out;
}

TEST_F(ClaimReviewImport, ABrokenFileStopsTheWholeImportAtItsLine) {
  write_file(dir_ / "bad.json",
             "[\n  {\"@type\": \"ClaimReview\", \"url\": \"https://a.example/1\",\n"
             "   \"claimReviewed\": 12, \"inLanguage\": \"fr\"},\n"
             "  {\"@type\": \"ClaimReview\", \"claimReviewed\": \"Une affirmation\",\n"
             "   \"inLanguage\": \"fr\", \"datePublished\": \"le 3 mars\"}\n]\n");
  const auto before = run_presscheck("facts export --db b.db", dir_.path()).out;
  const auto result = import("'" + kData + "single-fr.json' bad.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "bad.json:3: \"claimReviewed\" must be a string, not a number\n"
            "bad.json:5: \"datePublished\": \"le 3 mars\" is not an ISO 8601 date (YYYY-MM-DD)\n"
            "presscheck: error: 2 problems in the fact files; nothing was written\n");
  EXPECT_EQ(run_presscheck("facts export --db b.db", dir_.path()).out, before);
}

TEST_F(ClaimReviewImport, AReviewWithoutClaimOrAddressAndInvalidJsonAreReported) {
  write_file(dir_ / "no-url.json",
             "{\"@type\": \"ClaimReview\",\n \"claimReviewed\": \"Une affirmation\"}\n");
  write_file(dir_ / "broken.json", "{\"claims\": [\n  {\"text\": \"x\",}\n]}\n");
  write_file(dir_ / "nothing.json", "{\"@type\": \"WebPage\"}\n");
  write_file(dir_ / "page.html",
             "<!doctype html>\n<script type=\"application/ld+json\">{}</script>\n");
  const auto result = import("no-url.json broken.json nothing.json page.html", "--lang fr");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.err.starts_with("broken.json:2: invalid JSON at column 16: ")) << result.err;
  EXPECT_NE(result.err.find("\nno-url.json:1: a review needs \"url\"\n"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("\nnothing.json:1: no ClaimReview in this JSON (expected schema.org "
                            "ClaimReview objects or a Fact Check Tools API response {\"claims\": "
                            "[…]})\n"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("\npage.html:1: an HTML page, not JSON: import the content of its "
                            "<script type=\"application/ld+json\"> element, saved as a .json "
                            "file\n"),
            std::string::npos)
      << result.err;
  EXPECT_TRUE(reviews().empty());
}

TEST_F(ClaimReviewImport, ReviewsWithoutLanguageTakeTheOneGivenOrAreLeftOut) {
  write_file(
      dir_ / "lines.jsonl",
      R"({"@type":"ClaimReview","url":"https://a.example/1","claimReviewed":"Les éoliennes tuent 2 millions d'oiseaux par an","reviewRating":{"alternateName":"Infondé"}})"
      "\n\n"
      R"({"@type":"ClaimReview","url":"https://a.example/2","claimReviewed":"Wind turbines kill 2 million birds a year","inLanguage":"en","reviewRating":{"alternateName":"MOSTLY FALSE"}})"
      "\n");
  const auto without = import("lines.jsonl");
  EXPECT_EQ(without.out,
            "b.db: import done: 1 claim review written: 1 misleading (2 read)\n"
            "  1 review left out: no language given (use --lang)\n");
  const auto with = import("lines.jsonl", "--lang fr");
  EXPECT_EQ(with.out,
            "b.db: import done: 2 claim reviews written: 1 false, 1 misleading (2 read)\n");
  ASSERT_EQ(reviews().size(), 2u);
}

TEST_F(ClaimReviewImport, TheRatingsFileIsReadStrictly) {
  write_file(dir_ / "ratings.toml",
             "[verdicts]\nfaux = [\"Faux\"]\nfalse = [\"False\", \"FALSE!\"]\n"
             "[numeric]\nfalse = 0.5\nmisleading = 0.3\n[other]\n");
  const auto result = import("'" + kData + "single-fr.json'", "--ratings ratings.toml");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "ratings.toml:2:1: error: unknown verdict `faux` (expected false, misleading, mixed, "
            "true)\n     2 | faux = [\"Faux\"]\n"
            "ratings.toml:3:19: error: rating \"FALSE!\" is listed twice (already as false)\n"
            "     3 | false = [\"False\", \"FALSE!\"]\n"
            "ratings.toml:4:1: error: the bounds must grow: false <= misleading <= mixed\n"
            "     4 | [numeric]\n"
            "ratings.toml:7:2: error: unknown key `other` (expected verdicts or numeric)\n"
            "     7 | [other]\n"
            "presscheck: error: 4 problems in the ratings file; nothing was imported\n");
  EXPECT_TRUE(reviews().empty());
}

TEST_F(ClaimReviewImport, ClaimReviewRecordsOfFactFilesAreValidatedWithTheirLine) {
  write_file(
      dir_ / "claims.jsonl",
      R"({"type":"claim_review","id":"c1","claim":"Le ciel est vert","lang":"fr","verdict":"false","reviewer":"R","url":"https://r.example/1"})"
      "\n"
      R"({"type":"claim_review","id":"c2","claim":"Le ciel est vert","lang":"de","verdict":"wrong","reviewer":"R","url":"ftp://r.example/1","score":3})"
      "\n"
      R"({"type":"claim_review","id":"c3","claim":"Le ciel est vert","lang":"fr","verdict":"false","reviewer":"R","url":"https://r.example/1"})"
      "\n");
  const auto result = run_presscheck("facts validate claims.jsonl", dir_.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out,
            "claims.jsonl:2: unknown language \"de\" in \"lang\" (expected fr or en)\n"
            "claims.jsonl:2: unknown verdict \"wrong\" (expected false, misleading, mixed, true "
            "or unrated)\n"
            "claims.jsonl:2: field \"url\" must start with https:// or http://\n"
            "claims.jsonl:2: unknown field \"score\" in a claim_review\n"
            "claims.jsonl:3: claim review \"c3\" reviews the same claim at the same URL as \"c1\" "
            "(claims.jsonl:1)\n");
}

}  // namespace
}  // namespace presscheck
