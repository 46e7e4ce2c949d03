// The done-when test: a base built from the starter facts and real Wikidata entity
// JSON (George Washington's line of a Wikidata dump, read from ../shared/data/wikidata at
// test time) confirms a title inside its holder's term and reports it outdated after it,
// through `lint` and `verify`, in French and in English, citing the Wikidata item.
#include <gtest/gtest.h>

#include "factbase_test_util.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using test::run_presscheck;
using test::TempDir;
using test::write_file;

const fs::path kData = fs::path(PRESSCHECK_SOURCE_DIR) / ".." / "shared" / "data" / "wikidata";
const fs::path kDump =
    kData / "entities" / "maxlath__wikibase-dump-filter" / "tests" / "fixtures" / "entities";

class RealWikidata : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kDump))
      GTEST_SKIP() << "no Wikidata bundle at " << kDump.string() << ": test skipped";
    ASSERT_EQ(
        run_presscheck("facts build '" + std::string(PRESSCHECK_SOURCE_DIR) + "/facts' -o base.db",
                       dir_.path())
            .exit_code,
        0);
    const auto imported =
        run_presscheck("facts import-wikidata '" + kDump.string() + "' --db base.db", dir_.path());
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
  }

  test::RunResult lint(const std::string& lang, const std::string& date, const std::string& body) {
    write_file(dir_ / "draft.md", "---\ntitle: Archives\nlang: " + lang + "\ndate: " + date +
                                      "\n---\n\n" + body + "\n");
    return run_presscheck("lint --no-color --facts base.db draft.md", dir_.path());
  }

  test::RunResult verify(const std::string& lang, const std::string& date,
                         const std::string& sentence) {
    return run_presscheck("verify --no-color --facts base.db --lang " + lang + " --date " + date +
                              " \"" + sentence + "\"",
                          dir_.path());
  }

  TempDir dir_;
};

constexpr const char* kFrench = "Le président des États-Unis George Washington a signé la loi.";
constexpr const char* kEnglish = "US President George Washington signed the law.";

TEST_F(RealWikidata, LintConfirmsInsideTheTermAndReportsAfterIt) {
  EXPECT_EQ(lint("fr", "1790-06-01", kFrench).exit_code, 0);
  EXPECT_EQ(lint("en", "1790-06-01", kEnglish).exit_code, 0);
  const auto fr = lint("fr", "1799-06-01", kFrench);
  EXPECT_EQ(fr.exit_code, 1);
  EXPECT_EQ(fr.out,
            "draft.md:7:1: error: George Washington n'occupe pas la fonction de « président des "
            "États-Unis » au 1er juin 1799 (fonction occupée du 30 avril 1789 au 4 mars 1797) "
            "[fact.outdated-title]\n"
            "    7 | Le président des États-Unis George Washington a signé la loi.\n"
            "      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            "draft.md:7:1: note: fait q23-b6e5d112-c27e-4e3f-bb65-cb12b9364092 = président des "
            "États-Unis [1789-04-30 → 1797-03-04] ; source : https://www.wikidata.org/wiki/Q23\n"
            "draft.md:7:1: help: écrire plutôt L'ancien président des États-Unis\n"
            "1 erreur dans 1 fichier\n");
  const auto en = lint("en", "1799-06-01", kEnglish);
  EXPECT_EQ(en.exit_code, 1);
  EXPECT_NE(en.out.find("error: George Washington does not hold the office of \"US President\" "
                        "on 1 June 1799 (held from 30 April 1789 to 4 March 1797) "
                        "[fact.outdated-title]"),
            std::string::npos)
      << en.out;
  EXPECT_NE(en.out.find("source: https://www.wikidata.org/wiki/Q23"), std::string::npos) << en.out;
}

TEST_F(RealWikidata, VerifyConfirmsInsideTheTermAndCallsItOutdatedAfter) {
  const auto fr_in = verify("fr", "1790-06-01", kFrench);
  EXPECT_EQ(fr_in.exit_code, 0);
  EXPECT_NE(fr_in.out.find("confirmé      « président des États-Unis George Washington »"),
            std::string::npos)
      << fr_in.out;
  EXPECT_NE(fr_in.out.find("source : https://www.wikidata.org/wiki/Q23"), std::string::npos);
  const auto en_in = verify("en", "1790-06-01", kEnglish);
  EXPECT_EQ(en_in.exit_code, 0);
  EXPECT_NE(en_in.out.find("supported     \"US President George Washington\""), std::string::npos)
      << en_in.out;
  const auto fr_after = verify("fr", "1799-06-01", kFrench);
  EXPECT_EQ(fr_after.exit_code, 1);
  EXPECT_NE(fr_after.out.find("dépassé       « Le président des États-Unis »"), std::string::npos)
      << fr_after.out;
  EXPECT_NE(fr_after.out.find("fait : q23-b6e5d112-c27e-4e3f-bb65-cb12b9364092"),
            std::string::npos);
  const auto en_after = verify("en", "1799-06-01", kEnglish);
  EXPECT_EQ(en_after.exit_code, 1);
  EXPECT_NE(en_after.out.find("outdated      \"US President\""), std::string::npos) << en_after.out;
  EXPECT_NE(en_after.out.find("source: https://www.wikidata.org/wiki/Q23"), std::string::npos);
}

}  // namespace
}  // namespace presscheck
