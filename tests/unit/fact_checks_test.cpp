// fact.value-mismatch, fact.outdated-title and fact.quote-mismatch on small drafts, in both
// languages, against the starter fact base and against a fixture base the code has never
// seen.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "bundled_rules.hpp"
#include "factbase/open_facts.hpp"
#include "lint/lint_runner.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;

struct Finding {
  std::string rule;
  std::size_t line;
  std::size_t column;
  std::string message;
  std::string fact;
  friend bool operator==(const Finding&, const Finding&) = default;
  friend std::ostream& operator<<(std::ostream& out, const Finding& f) {
    return out << f.rule << "@" << f.line << ":" << f.column << " " << f.message << " | " << f.fact;
  }
};

std::shared_ptr<const ClaimReaders> readers_for(const std::string& facts_path) {
  auto base = std::make_shared<const facts::FactBase>(facts::open_facts(facts_path));
  return std::make_shared<const ClaimReaders>(testing_support::bundled_rules_ptr(),
                                              std::make_shared<const FactIndex>(base));
}

std::vector<Finding> lint(const std::string& body, const std::string& lang,
                          const std::string& facts_path = "") {
  static const auto starter = readers_for("");
  LintSettings settings;
  settings.rules = testing_support::bundled_rules_ptr();
  settings.readers = facts_path.empty() ? starter : readers_for(facts_path);
  const std::string draft =
      "---\ntitle: Titre\ndate: 2026-01-06\nlang: " + lang + "\n---\n\n" + body + "\n";
  const FileReport report = lint_text("draft.md", draft, settings);
  std::vector<Finding> findings;
  for (const LocatedDiagnostic& d : report.diagnostics) {
    if (d.diagnostic.rule.rfind("fact.", 0) != 0)
      continue;
    findings.push_back({d.diagnostic.rule, d.location.line, d.location.column, d.diagnostic.message,
                        d.diagnostic.fact ? d.diagnostic.fact->id : ""});
  }
  return findings;
}

/// A fact base of the given JSON Lines records in a scratch folder, removed at the end.
class FixtureBase {
 public:
  explicit FixtureBase(const std::vector<std::string>& records)
      : dir_(fs::temp_directory_path() / ("presscheck-fixture-" + std::to_string(::getpid()) + "-" +
                                          std::to_string(count_++))) {
    fs::create_directories(dir_);
    std::ofstream out(dir_ / "base.jsonl");
    for (const std::string& record : records)
      out << record << "\n";
  }
  ~FixtureBase() {
    std::error_code error;
    fs::remove_all(dir_, error);
  }
  std::string path() const { return dir_.string(); }

 private:
  fs::path dir_;
  static inline int count_ = 0;
};

TEST(FactValueMismatch, FiresOnAWrongAmountInBothLanguages) {
  const auto fr =
      lint("La Commission a infligé début décembre une amende de 12 millions d'euros à X.", "fr");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0], (Finding{"fact.value-mismatch", 7, 54,
                            "« 12 millions d'euros » contredit la base de faits : amende de X = "
                            "120\u202F000\u202F000 EUR (décembre 2025)",
                            "x-dsa-fine-2025-12"}));
  const auto en = lint("The Commission fined X €12 million in December.", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].message,
            "\"€12 million\" contradicts the fact base: fine of X = 120,000,000 EUR "
            "(December 2025)");
}

TEST(FactValueMismatch, RespectsPrecisionAndApproximators) {
  EXPECT_TRUE(lint("X a reçu une amende de 120 millions d'euros.", "fr").empty());
  EXPECT_TRUE(lint("X a reçu une amende de plus de 100 millions d'euros.", "fr").empty());
  EXPECT_TRUE(lint("X a reçu une amende de 0,12 milliard d'euros.", "fr").empty());
  EXPECT_TRUE(lint("The Commission fined X about €120m.", "en").empty());
  EXPECT_TRUE(lint("X was fined some 120 million euros in December.", "en").empty());
}

TEST(FactValueMismatch, SilentWhenTheSentenceIsAboutSomethingElse) {
  // Another entity, another currency, or no entity with that property.
  EXPECT_TRUE(lint("Meta a reçu une amende de 12 millions d'euros.", "fr").empty());
  EXPECT_TRUE(lint("X was fined $130 million in December.", "en").empty());
  EXPECT_TRUE(lint("The fine of 12 million euros was paid.", "en").empty());
}

TEST(FactOutdatedTitle, FiresOnATitleNoLongerHeld) {
  const auto fr = lint("Le commissaire européen Thierry Breton a réagi.", "fr");
  ASSERT_EQ(fr.size(), 1u);
  // The finding covers « Le »: the suggestion, « L'ancien commissaire européen », changes it.
  EXPECT_EQ(fr[0],
            (Finding{"fact.outdated-title", 7, 1,
                     "Thierry Breton n'occupe pas la fonction de « commissaire européen » au "
                     "6 janvier 2026 (fonction occupée du 1er décembre 2019 au 16 septembre 2024)",
                     "breton-european-commissioner-2019"}));
  const auto en = lint("Thierry Breton, the EU commissioner, responded.", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].rule, "fact.outdated-title");
}

TEST(FactOutdatedTitle, FiresOnATitleGivenByAVerbOfBeing) {
  const auto fr = lint("Thierry Breton est commissaire européen.", "fr");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0], (Finding{"fact.outdated-title", 7, 20,
                            "Thierry Breton n'occupe pas la fonction de « commissaire européen » "
                            "au 6 janvier 2026 (fonction occupée du 1er décembre 2019 au 16 "
                            "septembre 2024)",
                            "breton-european-commissioner-2019"}));
  const auto en = lint("Thierry Breton remains the EU commissioner.", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].message,
            "Thierry Breton does not hold the office of \"EU commissioner\" on 6 January 2026 "
            "(held from 1 December 2019 to 16 September 2024)");
}

TEST(FactOutdatedTitle, FiresOnFormerForAnOfficeStillHeld) {
  const auto en =
      lint("Former President of the European Commission Ursula von der Leyen spoke.", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].message,
            "Ursula von der Leyen still holds the office of \"President of the "
            "European Commission\" on 6 January 2026 (since 1 December 2019): "
            "\"Former\" is wrong");
  EXPECT_EQ(lint("L'ex-présidente de la Commission Ursula von der Leyen a parlé.", "fr").size(),
            1u);
}

TEST(FactOutdatedTitle, SilentOnRightTitles) {
  EXPECT_TRUE(lint("L'ancien commissaire Thierry Breton a réagi.", "fr").empty());
  EXPECT_TRUE(lint("Former EU commissioner Thierry Breton responded.", "en").empty());
  EXPECT_TRUE(lint("Then-commissioner Thierry Breton drafted the law.", "en").empty());
  EXPECT_TRUE(lint("Henna Virkkunen, commissaire européenne, a réagi.", "fr").empty());
  EXPECT_TRUE(lint("La présidente de la Commission Ursula von der Leyen a réagi.", "fr").empty());
  EXPECT_TRUE(lint("Thierry Breton a réagi lundi.", "fr").empty());
  // A verb of being: a past tense, a negation or « ancien » keep the title right.
  EXPECT_TRUE(lint("Thierry Breton était commissaire européen.", "fr").empty());
  EXPECT_TRUE(lint("Thierry Breton n'est plus commissaire européen.", "fr").empty());
  EXPECT_TRUE(lint("Thierry Breton est l'ancien commissaire européen.", "fr").empty());
  EXPECT_TRUE(lint("Henna Virkkunen est commissaire européenne.", "fr").empty());
  EXPECT_TRUE(lint("Thierry Breton is no longer EU commissioner.", "en").empty());
  EXPECT_TRUE(lint("Thierry Breton was EU commissioner until 2024.", "en").empty());
  EXPECT_TRUE(lint("Ursula von der Leyen is President of the European Commission.", "en").empty());
}

// Narration keeps the time it last named: a title in a sentence after « En 2022, … » is the
// title of 2022, within the paragraph.
TEST(FactOutdatedTitle, ASentenceIsToldAtTheLastDateOfItsParagraph) {
  EXPECT_TRUE(lint("En 2022, la Commission présente le texte. Le commissaire européen Thierry "
                   "Breton le défend.",
                   "fr")
                  .empty());
  EXPECT_TRUE(lint("In 2022 the Commission tabled the law. EU commissioner Thierry Breton "
                   "defended it.",
                   "en")
                  .empty());
  // A new paragraph starts at the article's date again.
  EXPECT_EQ(lint("En 2022, la Commission présente le texte.\n\nLe commissaire européen Thierry "
                 "Breton a réagi.",
                 "fr")
                .size(),
            1u);
  EXPECT_EQ(lint("In 2022 the Commission tabled the law.\n\nEU commissioner Thierry Breton "
                 "responded.",
                 "en")
                .size(),
            1u);
}

// « lorsqu'il travaille pour… », "when he worked for…": the sentence tells another time.
TEST(FactOutdatedTitle, SilentInAClauseThatTellsAnotherTime) {
  EXPECT_TRUE(lint("Il ne se déporte pas lorsqu'il travaille pour le commissaire européen "
                   "Thierry Breton.",
                   "fr")
                  .empty());
  EXPECT_TRUE(
      lint("He made no declaration when he worked for EU commissioner Thierry Breton.", "en")
          .empty());
  EXPECT_EQ(lint("Il travaille pour le commissaire européen Thierry Breton.", "fr").size(), 1u);
  EXPECT_EQ(lint("He works for EU commissioner Thierry Breton.", "en").size(), 1u);
}

TEST(FactOutdatedTitle, OnlyTheBasesOfficesAreTitles) {
  // The same past position, once as an office and once as an entity of another kind: only
  // the office is read as a title.
  const FixtureBase base({
      R"({"type":"source","id":"town","url":"https://example.org/town","title":"Town records"})",
      R"({"type":"entity","id":"jeanne-roux","kind":"person","names":{"fr":["Jeanne Roux"],"en":["Jeanne Roux"]}})",
      R"({"type":"entity","id":"mayor-of-nordville","kind":"office","names":{"fr":["maire de Nordville"],"en":["mayor of Nordville"]}})",
      R"({"type":"entity","id":"north-club-chair","kind":"other","names":{"fr":["présidente du club du Nord"],"en":["North Club chair"]}})",
      R"({"type":"property","id":"position_held","value_type":"entity","labels":{"fr":["fonction"],"en":["position"]}})",
      R"({"type":"statement","id":"roux-mayor","subject":"jeanne-roux","property":"position_held","value":{"entity":"mayor-of-nordville"},"valid_from":"2014","valid_to":"2020","sources":["town"]})",
      R"({"type":"statement","id":"roux-club","subject":"jeanne-roux","property":"position_held","value":{"entity":"north-club-chair"},"valid_from":"2010","valid_to":"2012","sources":["town"]})",
  });
  const auto office_fr = lint("La maire de Nordville Jeanne Roux a parlé.", "fr", base.path());
  const auto office_en = lint("Jeanne Roux, mayor of Nordville, spoke.", "en", base.path());
  const auto other_fr =
      lint("Jeanne Roux, présidente du club du Nord, a parlé.", "fr", base.path());
  const auto other_en = lint("North Club chair Jeanne Roux spoke.", "en", base.path());
  ASSERT_EQ(office_fr.size(), 1u);
  EXPECT_EQ(office_fr[0], (Finding{"fact.outdated-title", 7, 1,
                                   "Jeanne Roux n'occupe pas la fonction de « maire de "
                                   "Nordville » au 6 janvier 2026 (fonction occupée de 2014 à "
                                   "2020)",
                                   "roux-mayor"}));
  ASSERT_EQ(office_en.size(), 1u);
  EXPECT_EQ(office_en[0].fact, "roux-mayor");
  EXPECT_TRUE(other_fr.empty());
  EXPECT_TRUE(other_en.empty());
}

TEST(FactQuoteMismatch, FiresOnAReversedQuoteAcrossLanguages) {
  const auto en =
      lint("The European Commission said it did not take the videos \"very seriously\".", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0],
            (Finding{"fact.quote-mismatch", 7, 57,
                     "\"very seriously\" is reported with a negation, but the recorded words "
                     "are affirmative (European Commission, 5 January 2026): \"very seriously\"",
                     "commission-tres-au-serieux-2026-01-05"}));
  const auto fr =
      lint("Selon la Commission européenne, ces vidéos « ont leur place en Europe ».", "fr");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].fact, "commission-pas-leur-place-en-europe-2026-01-05");
}

TEST(FactQuoteMismatch, SilentWhenTheQuoteKeepsItsPolarity) {
  EXPECT_TRUE(lint("La Commission européenne prend « très au sérieux » ces vidéos.", "fr").empty());
  EXPECT_TRUE(
      lint("The European Commission said such videos \"have no place in Europe\".", "en").empty());
  // A quote of someone else, or with no speaker in the sentence.
  EXPECT_TRUE(lint("Un élu ne prend pas « très au sérieux » ces vidéos.", "fr").empty());
}

TEST(FactChecks, ANewFactIsCheckedWithoutCodeChange) {
  const FixtureBase base({
      R"({"type":"source","id":"ruling","url":"https://example.org/ruling","title":"Competition ruling"})",
      R"({"type":"entity","id":"acme-rail","kind":"organization","names":{"fr":["Acme Rail"],"en":["Acme Rail"]}})",
      R"({"type":"property","id":"fine","value_type":"money","labels":{"fr":["amende"],"en":["fine","fined"]}})",
      R"({"type":"statement","id":"acme-fine-2025","subject":"acme-rail","property":"fine","value":{"amount":45000000,"currency":"EUR"},"point_in_time":{"date":"2025-11-20","precision":"day"},"sources":["ruling"]})",
  });
  const auto fr = lint("Acme Rail a écopé le 20 novembre d'une amende de 4,5 millions d'euros.",
                       "fr", base.path());
  const auto en = lint("Acme Rail was fined €45m on 20 November.", "en", base.path());
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].message,
            "« 4,5 millions d'euros » contredit la base de faits : amende de Acme Rail = "
            "45\u202F000\u202F000 EUR (20 novembre 2025)");
  EXPECT_TRUE(en.empty());
}

}  // namespace
}  // namespace presscheck
