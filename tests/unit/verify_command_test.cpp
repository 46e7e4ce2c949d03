// `presscheck verify`: one verdict per claim (supported, contradicted, outdated, unknown) in
// both languages, through the real binary against the starter base and a fixture base.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "run_binary.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::run_presscheck;

TEST(VerifyCommand, SupportedInFrench) {
  const auto result = run_presscheck(
      "verify 'La Commission a infligé une amende de 120 millions d'\\''euros à X.' --date "
      "2026-01-06 --lang fr");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out,
            "Base de faits au 6 janvier 2026 :\n"
            "confirmé      « amende de 120 millions d'euros »\n"
            "              conforme à la base de faits : amende de X = 120 000 000 EUR\n"
            "              (décembre 2025)\n"
            "              source : French news article, High-tech section: the European\n"
            "              Commission on Grok's fake videos and the DSA (reference copy:\n"
            "              grok-dsa-article-fr.txt)\n"
            "              fait : x-dsa-fine-2025-12\n");
}

TEST(VerifyCommand, SupportedInEnglish) {
  const auto result = run_presscheck(
      "verify 'Henna Virkkunen, the EU commissioner, responded.' --date 2026-01-06 --lang en");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(
      result.out,
      "Fact base on 6 January 2026:\n"
      "supported     \"Henna Virkkunen, the EU commissioner\"\n"
      "              Henna Virkkunen holds the office of \"EU commissioner\" on 6 January\n"
      "              2026 (since 1 December 2024)\n"
      "              source: "
      "https://commission.europa.eu/about/organisation/college-commissioners/henna-virkkunen_en\n"
      "              fact: virkkunen-european-commissioner-2024\n");
}

TEST(VerifyCommand, ContradictedInFrench) {
  const auto result = run_presscheck(
      "verify 'La Commission a infligé une amende de 12 millions d'\\''euros à X.' --date "
      "2026-01-06 --lang fr");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out,
            "Base de faits au 6 janvier 2026 :\n"
            "contredit     « amende de 12 millions d'euros »\n"
            "              « 12 millions d'euros » contredit la base de faits : amende de X =\n"
            "              120 000 000 EUR (décembre 2025)\n"
            "              source : French news article, High-tech section: the European\n"
            "              Commission on Grok's fake videos and the DSA (reference copy:\n"
            "              grok-dsa-article-fr.txt)\n"
            "              fait : x-dsa-fine-2025-12\n");
}

TEST(VerifyCommand, ContradictedInEnglish) {
  const auto result =
      run_presscheck("verify 'The Commission fined X €12 million.' --date 2026-01-06 --lang en");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out,
            "Fact base on 6 January 2026:\n"
            "contradicted  \"fined X €12 million\"\n"
            "              \"€12 million\" contradicts the fact base: fine of X = 120,000,000\n"
            "              EUR (December 2025)\n"
            "              source: French news article, High-tech section: the European\n"
            "              Commission on Grok's fake videos and the DSA (reference copy:\n"
            "              grok-dsa-article-fr.txt)\n"
            "              fact: x-dsa-fine-2025-12\n");
}

TEST(VerifyCommand, OutdatedInFrench) {
  const auto result =
      run_presscheck("verify 'Le commissaire européen Thierry Breton a réagi.' --date 2026-01-06");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(
      result.out,
      "Base de faits au 6 janvier 2026 :\n"
      "dépassé       « Le commissaire européen »\n"
      "              Thierry Breton n'occupe pas la fonction de « commissaire\n"
      "              européen » au 6 janvier 2026 (fonction occupée du 1er décembre\n"
      "              2019 au 16 septembre 2024)\n"
      "              source : https://ec.europa.eu/commission/commissioners/2019-2024/breton_en\n"
      "              fait : breton-european-commissioner-2019\n");
}

TEST(VerifyCommand, OutdatedInEnglish) {
  const auto result = run_presscheck(
      "verify 'EU commissioner Thierry Breton responded.' --date 2026-01-06 --lang en");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(
      result.out,
      "Fact base on 6 January 2026:\n"
      "outdated      \"EU commissioner\"\n"
      "              Thierry Breton does not hold the office of \"EU commissioner\" on 6\n"
      "              January 2026 (held from 1 December 2019 to 16 September 2024)\n"
      "              source: https://ec.europa.eu/commission/commissioners/2019-2024/breton_en\n"
      "              fact: breton-european-commissioner-2019\n");
}

TEST(VerifyCommand, UnknownInFrench) {
  const auto result = run_presscheck(
      "verify 'X a reçu une amende de 120 millions d'\\''euros.' --date 2025-06-01 --lang fr");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out,
            "Base de faits au 1er juin 2025 :\n"
            "inconnu       « amende de 120 millions d'euros »\n"
            "              la base de faits ne donne pas de valeur « amende » pour X au 1er\n"
            "              juin 2025\n");
}

TEST(VerifyCommand, UnknownInEnglish) {
  const auto result =
      run_presscheck("verify 'Meta was fined €12 million.' --date 2025-06-01 --lang en");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out,
            "Fact base on 1 June 2025:\n"
            "unknown       \"Meta was fined €12 million.\"\n"
            "              the fact base knows nothing this sentence names\n");
}

// A company's headcount, given yearly: last year's figure is out of date, not wrong.
class VerifyWithFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("presscheck-verify-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "base.jsonl")
        << R"({"type":"source","id":"registry","url":"https://example.org/registry","title":"Company registry"})"
           "\n"
        << R"({"type":"entity","id":"acme-rail","kind":"organization","names":{"fr":["Acme Rail"],"en":["Acme Rail"]}})"
           "\n"
        << R"({"type":"property","id":"employees","value_type":"quantity","labels":{"fr":["salariés"],"en":["employees"]}})"
           "\n"
        << R"({"type":"statement","id":"acme-employees-2023","subject":"acme-rail","property":"employees","value":{"quantity":500,"unit":"person"},"point_in_time":{"date":"2023","precision":"year"},"sources":["registry"]})"
           "\n"
        << R"({"type":"statement","id":"acme-employees-2025","subject":"acme-rail","property":"employees","value":{"quantity":650,"unit":"person"},"point_in_time":{"date":"2025","precision":"year"},"sources":["registry"]})"
           "\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  testing_support::RunResult verify(const std::string& sentence, const std::string& lang) {
    return run_presscheck("verify '" + sentence + "' --date 2026-01-06 --lang " + lang +
                          " --facts '" + dir_.string() + "'");
  }

  fs::path dir_;
};

TEST_F(VerifyWithFixture, AnEarlierFigureIsOutdatedInBothLanguages) {
  const auto fr = verify("Acme Rail compte 500 salariés.", "fr");
  EXPECT_EQ(fr.exit_code, 1);
  EXPECT_EQ(fr.out,
            "Base de faits au 6 janvier 2026 :\n"
            "dépassé       « 500 salariés »\n"
            "              valeur dépassée au 6 janvier 2026 ; la base de faits donne :\n"
            "              salariés de Acme Rail = 650 person (2025)\n"
            "              source : https://example.org/registry\n"
            "              fait : acme-employees-2023\n");
  const auto en = verify("Acme Rail has 500 employees.", "en");
  EXPECT_EQ(en.exit_code, 1);
  EXPECT_EQ(en.out,
            "Fact base on 6 January 2026:\n"
            "outdated      \"500 employees\"\n"
            "              out of date on 6 January 2026; the fact base gives: employees of\n"
            "              Acme Rail = 650 person (2025)\n"
            "              source: https://example.org/registry\n"
            "              fact: acme-employees-2023\n");
}

TEST_F(VerifyWithFixture, TheLatestFigureIsSupportedAndAnotherIsNotGuessed) {
  const auto latest = verify("Acme Rail has 650 employees.", "en");
  EXPECT_EQ(latest.exit_code, 0);
  EXPECT_NE(latest.out.find("supported     \"650 employees\""), std::string::npos) << latest.out;
  // Neither the figure nor its year matches: the check stays quiet, and so does verify.
  const auto other = verify("Acme Rail compte 9000 salariés.", "fr");
  EXPECT_EQ(other.exit_code, 0);
  EXPECT_NE(other.out.find("inconnu       « 9000 salariés »"), std::string::npos) << other.out;
}

TEST(VerifyCommand, FormerIsRightForAPastOfficeAndWrongForAHeldOne) {
  const auto former =
      run_presscheck("verify 'Former EU commissioner Thierry Breton responded.' --date 2026-01-06");
  EXPECT_EQ(former.exit_code, 0);
  EXPECT_NE(former.out.find("supported     \"EU commissioner Thierry Breton\"\n"
                            "              Thierry Breton held the office of \"EU "
                            "commissioner\" (from 1\n"),
            std::string::npos)
      << former.out;
  const auto held = run_presscheck(
      "verify 'Former President of the European Commission Ursula von der Leyen spoke.' "
      "--date 2026-01-06 --lang en");
  EXPECT_EQ(held.exit_code, 1);
  EXPECT_NE(held.out.find("contradicted  \"Former President of the European Commission\""),
            std::string::npos)
      << held.out;
}

TEST(VerifyCommand, TheDateDecides) {
  const auto in_office = run_presscheck(
      "verify 'Le commissaire européen Thierry Breton a réagi.' --date 2024-03-01 --lang fr");
  EXPECT_EQ(in_office.exit_code, 0);
  EXPECT_NE(in_office.out.find("confirmé      « commissaire européen Thierry Breton »"),
            std::string::npos)
      << in_office.out;
}

TEST(VerifyCommand, AQuoteOnRecordIsSupportedAndAReversedOneContradicted) {
  const auto fr = run_presscheck(
      "verify 'La Commission européenne prend « très au sérieux » ces vidéos.' --date 2026-01-06 "
      "--lang fr");
  EXPECT_EQ(fr.exit_code, 0);
  EXPECT_EQ(fr.out,
            "Base de faits au 6 janvier 2026 :\n"
            "confirmé      « très au sérieux »\n"
            "              propos enregistrés (Commission européenne, 5 janvier 2026) :\n"
            "              « très au sérieux »\n"
            "              source : French news article, High-tech section: the European\n"
            "              Commission on Grok's fake videos and the DSA (reference copy:\n"
            "              grok-dsa-article-fr.txt)\n"
            "              fait : commission-tres-au-serieux-2026-01-05\n");
  const auto en = run_presscheck(
      "verify 'The European Commission said it did not take the videos \"very seriously\".' "
      "--date 2026-01-06 --lang en");
  EXPECT_EQ(en.exit_code, 1);
  EXPECT_NE(en.out.find("contradicted  \"very seriously\"\n"
                        "              \"very seriously\" is reported with a negation, but the "
                        "recorded\n"),
            std::string::npos)
      << en.out;
  const auto kept = run_presscheck(
      "verify 'The European Commission said such videos \"have no place in Europe\".' --date "
      "2026-01-06 --lang en");
  EXPECT_EQ(kept.exit_code, 0);
  EXPECT_NE(kept.out.find("supported     \"have no place in Europe\"\n"), std::string::npos)
      << kept.out;
}

TEST(VerifyCommand, JsonGivesEachVerdictWithItsFact) {
  const auto result = run_presscheck(
      "verify 'The Commission fined X €12 million.' --date 2026-01-06 --lang en --format json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out,
            "{\"sentence\":\"The Commission fined X €12 million.\",\"lang\":\"en\",\"date\":"
            "\"2026-01-06\",\"verdicts\":[{\"verdict\":\"contradicted\",\"claim\":\"fined X €12 "
            "million\",\"begin\":15,\"end\":36,\"message\":\"\\\"€12 million\\\" contradicts the "
            "fact base: fine of X = 120,000,000 EUR (December 2025)\",\"rule\":"
            "\"fact.value-mismatch\",\"fact\":{\"id\":\"x-dsa-fine-2025-12\",\"value\":"
            "\"120,000,000 EUR\",\"valid_from\":\"\",\"valid_to\":\"\",\"point_in_time\":"
            "\"2025-12\",\"source_url\":\"\",\"source_title\":\"French news article, High-tech "
            "section: the European Commission on Grok's fake videos and the DSA (reference copy: "
            "grok-dsa-article-fr.txt)\"}}]}\n");
}

TEST(VerifyCommand, MistakesAreUsageErrors) {
  EXPECT_EQ(run_presscheck("verify").exit_code, 2);
  const auto empty = run_presscheck("verify '  ' --lang en", nullptr, true);
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_EQ(empty.out, "presscheck: error: nothing to verify: the sentence is empty\n");
  const auto date = run_presscheck("verify 'X' --date 2026-02-30 --lang fr", nullptr, true);
  EXPECT_EQ(date.exit_code, 2);
  EXPECT_EQ(date.out,
            "presscheck: error: --date : « 2026-02-30 » n'est pas une date ; écrivez AAAA, "
            "AAAA-MM ou AAAA-MM-JJ\n");
}

}  // namespace
}  // namespace presscheck
