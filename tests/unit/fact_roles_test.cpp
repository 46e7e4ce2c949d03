// Offices are data: a statement whose value is an office is an office held, whatever its
// property is called. A base that names the property p39 (as Wikidata does) gets the title
// check through `lint` and `verify`, in French and in English.
#include <gtest/gtest.h>

#include "factbase_test_util.hpp"

namespace presscheck {
namespace {

using test::run_presscheck;
using test::TempDir;
using test::write_file;

// Claire Fabre was interior minister from 2017 to 2020, then justice minister; her justice
// term has no end, and its source was read on 23 July 2022.
constexpr const char* kRolesBase =
    R"({"type":"source","id":"gazette","url":"https://example.org/gazette","title":"Official gazette"}
{"type":"source","id":"register-2022","url":"https://example.org/register","title":"Register of ministers","retrieved":"2022-07-23"}
{"type":"entity","id":"claire-fabre","kind":"person","names":{"fr":["Claire Fabre"],"en":["Claire Fabre"]}}
{"type":"entity","id":"interior-minister","kind":"office","names":{"fr":["ministre de l'Intérieur"],"en":["Interior Minister"]}}
{"type":"entity","id":"justice-minister","kind":"office","names":{"fr":["ministre de la Justice"],"en":["Justice Minister"]}}
{"type":"property","id":"p39","value_type":"entity","labels":{"fr":["fonction"],"en":["position held"]}}
{"type":"statement","id":"fabre-interior","subject":"claire-fabre","property":"p39","value":{"entity":"interior-minister"},"valid_from":"2017-05-17","valid_to":"2020-07-06","sources":["gazette"]}
{"type":"statement","id":"fabre-justice","subject":"claire-fabre","property":"p39","value":{"entity":"justice-minister"},"valid_from":"2020-07-06","sources":["register-2022"]}
)";

class OfficeProperty : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "base.jsonl", kRolesBase);
    ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir_.path()).exit_code, 0);
  }

  // The text output of `lint` on a draft dated `date` whose body is `body`.
  test::RunResult lint(const std::string& lang, const std::string& date, const std::string& body) {
    write_file(dir_ / "draft.md", "---\ntitle: Compte rendu\nlang: " + lang + "\ndate: " + date +
                                      "\n---\n\n" + body + "\n");
    return run_presscheck("lint --no-color --facts base.db draft.md", dir_.path());
  }

  test::RunResult verify(const std::string& lang, const std::string& date,
                         const std::string& sentence) {
    return run_presscheck(
        "verify --facts base.db --lang " + lang + " --date " + date + " \"" + sentence + "\"",
        dir_.path());
  }

  TempDir dir_;
};

TEST_F(OfficeProperty, ATitleNoLongerHeldIsOutdatedInFrenchAndEnglish) {
  const auto fr = lint("fr", "2021-03-01", "Le ministre de l'Intérieur Claire Fabre a parlé.");
  EXPECT_EQ(fr.exit_code, 1);
  EXPECT_EQ(fr.out,
            "draft.md:7:1: error: Claire Fabre n'occupe pas la fonction de « ministre de "
            "l'Intérieur » au 1er mars 2021 (fonction occupée du 17 mai 2017 au 6 juillet 2020) "
            "[fact.outdated-title]\n"
            "    7 | Le ministre de l'Intérieur Claire Fabre a parlé.\n"
            "      | ^~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            "draft.md:7:1: note: fait fabre-interior = ministre de l'Intérieur [2017-05-17 → "
            "2020-07-06] ; source : https://example.org/gazette\n"
            "draft.md:7:1: help: écrire plutôt L'ancien ministre de l'Intérieur\n"
            "1 erreur dans 1 fichier\n");
  const auto en = lint("en", "2021-03-01", "Interior Minister Claire Fabre spoke.");
  EXPECT_EQ(en.exit_code, 1);
  EXPECT_NE(en.out.find("draft.md:7:1: error: Claire Fabre does not hold the office of \"Interior "
                        "Minister\" on 1 March 2021 (held from 17 May 2017 to 6 July 2020) "
                        "[fact.outdated-title]"),
            std::string::npos)
      << en.out;
}

TEST_F(OfficeProperty, VerifyConfirmsInsideTheTermAndCallsItOutdatedAfter) {
  const auto inside = verify("en", "2019-01-10", "Interior Minister Claire Fabre spoke.");
  EXPECT_EQ(inside.exit_code, 0);
  EXPECT_NE(inside.out.find("supported     \"Interior Minister Claire Fabre\"\n"
                            "              Claire Fabre holds the office of \"Interior Minister\" "
                            "on 10"),
            std::string::npos)
      << inside.out;
  const auto after = verify("fr", "2021-03-01", "Le ministre de l'Intérieur Claire Fabre a parlé.");
  EXPECT_EQ(after.exit_code, 1);
  EXPECT_NE(after.out.find("dépassé       « Le ministre de l'Intérieur »"), std::string::npos)
      << after.out;
  EXPECT_NE(after.out.find("fait : fabre-interior"), std::string::npos) << after.out;
}

TEST_F(OfficeProperty, AWordSharedByTwoOfficesIsRightWhenEitherIsHeld) {
  // « ministre » begins both offices: she is a minister in 2021, of justice.
  EXPECT_EQ(lint("fr", "2021-03-01", "La ministre Claire Fabre a parlé.").exit_code, 0);
  // « ancienne ministre » is right too: her interior term has ended.
  EXPECT_EQ(lint("fr", "2021-03-01", "L'ancienne ministre Claire Fabre a parlé.").exit_code, 0);
  const auto held =
      lint("fr", "2021-03-01", "L'ancienne ministre de la Justice Claire Fabre a parlé.");
  EXPECT_EQ(held.exit_code, 1);
  EXPECT_NE(held.out.find("Claire Fabre occupe toujours la fonction de « ministre de la Justice » "
                          "au 1er mars 2021 (depuis le 6 juillet 2020) : « ancienne » est de trop"),
            std::string::npos)
      << held.out;
}

TEST_F(OfficeProperty, AnOpenTermIsNotVouchedForAfterItsSourceWasRead) {
  // The register was read in July 2022: in 2025 nobody knows whether she is still minister.
  EXPECT_EQ(
      lint("fr", "2025-03-01", "L'ancienne ministre de la Justice Claire Fabre a parlé.").exit_code,
      0);
  const auto verdict = verify("en", "2025-03-01", "Justice Minister Claire Fabre spoke.");
  EXPECT_EQ(verdict.exit_code, 0);
  EXPECT_EQ(verdict.out.find("supported"), std::string::npos) << verdict.out;
}

// Jo Lenoir was mayor of Nordville from 2014 to 2020, both known to the year only.
class PastMayor : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "base.jsonl",
               R"({"type":"source","id":"s","url":"https://example.org/s","title":"Town records"}
{"type":"entity","id":"jo","kind":"person","names":{"fr":["Jo Lenoir"],"en":["Jo Lenoir"]}}
{"type":"entity","id":"mayor","kind":"office","names":{"fr":["maire de Nordville"],"en":["Mayor of Nordville"]}}
{"type":"property","id":"role","value_type":"entity","labels":{"fr":["rôle"],"en":["role"]}}
{"type":"statement","id":"jo-mayor","subject":"jo","property":"role","value":{"entity":"mayor"},"valid_from":"2014","valid_to":"2020","sources":["s"]}
)");
  }

  // The exit code of `lint` on a draft dated `date`: 1 when the title check fires.
  int lint(const std::string& lang, const std::string& date, const std::string& body) {
    write_file(dir_ / "d.md",
               "---\ntitle: Note\nlang: " + lang + "\ndate: " + date + "\n---\n\n" + body + "\n");
    return run_presscheck("lint --no-color --facts base.jsonl d.md", dir_.path()).exit_code;
  }

  TempDir dir_;
};

TEST_F(PastMayor, ATermKnownToTheYearDecidesNothingWithinThatYear) {
  EXPECT_EQ(lint("en", "2020-06-01", "Mayor of Nordville Jo Lenoir spoke."), 0);
  EXPECT_EQ(lint("en", "2021-06-01", "Mayor of Nordville Jo Lenoir spoke."), 1);
}

TEST_F(PastMayor, TheBeginningOfATitleWithAnotherWordBeforeItIsAnotherOffice) {
  EXPECT_EQ(lint("fr", "2021-06-01", "Le maire Jo Lenoir a parlé."), 1);
  EXPECT_EQ(lint("fr", "2021-06-01", "L'adjoint au maire Jo Lenoir a parlé."), 0);
  EXPECT_EQ(lint("en", "2021-06-01", "Mayor Jo Lenoir spoke."), 1);
  EXPECT_EQ(lint("en", "2021-06-01", "Deputy Mayor Jo Lenoir spoke."), 0);
}

TEST_F(PastMayor, ATitleInAppositionBeforeAnotherNameIsThatPersons) {
  EXPECT_EQ(lint("fr", "2021-06-01", "Jo Lenoir, maire de Nordville, a parlé."), 1);
  EXPECT_EQ(lint("fr", "2021-06-01", "Avec Jo Lenoir, le maire Paul Roux a parlé."), 0);
  EXPECT_EQ(lint("fr", "2021-06-01", "Jo Lenoir, maire adjointe, a parlé."), 0);
}

TEST_F(PastMayor, OnlyAFormerHolderIsToldTheTitleIsOutdated) {
  // Before 2014 the base knows of no term: a title given early is more often a record the
  // base lacks than a slip.
  EXPECT_EQ(lint("en", "2010-06-01", "Mayor of Nordville Jo Lenoir spoke."), 0);
}

TEST_F(PastMayor, AnUndatedDraftGetsNoTitleCheck) {
  // It may be an archive read years later: judged at today's date, every past title would be
  // flagged.
  write_file(dir_ / "u.md",
             "---\ntitle: Note\nlang: en\n---\n\nMayor of Nordville Jo Lenoir spoke.\n");
  EXPECT_EQ(run_presscheck("lint --no-color --facts base.jsonl u.md", dir_.path()).exit_code, 0);
  write_file(dir_ / "u.txt", "Archive note\n\nMayor of Nordville Jo Lenoir spoke.\n");
  EXPECT_EQ(run_presscheck("lint --no-color --facts base.jsonl u.txt", dir_.path()).exit_code, 0);
}

TEST_F(PastMayor, ASentenceThatDatesItselfNamesThePersonAsTheyWereThen) {
  EXPECT_EQ(lint("fr", "2021-06-01", "En 2016, le maire Jo Lenoir a inauguré le pont."), 0);
  EXPECT_EQ(lint("fr", "2021-06-01", "Le maire Jo Lenoir avait alors inauguré le pont."), 0);
  EXPECT_EQ(lint("en", "2021-06-01", "In 2016, Mayor Jo Lenoir opened the bridge."), 0);
  EXPECT_EQ(lint("fr", "2021-06-01", "Le maire Jo Lenoir a inauguré le pont."), 1);
}

}  // namespace
}  // namespace presscheck
