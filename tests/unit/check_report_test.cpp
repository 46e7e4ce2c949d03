// How a check words its findings: the rule's id and severity, the message in the draft's
// language, and evidence, a fact and a suggestion added to the finding just reported.
#include <gtest/gtest.h>

#include "bundled_rules.hpp"
#include "checks/report.hpp"

namespace presscheck {
namespace {

using testing_support::bundled_rules;
using testing_support::paragraph;

const RuleInfo kRule{"test.report", Severity::error, "résumé", "summary"};

std::vector<Diagnostic> report_twice(const Document& doc) {
  const Analysis analysis;
  const CheckContext context{doc, analysis, bundled_rules()};
  std::vector<Diagnostic> out;
  const Reporter report(kRule, context, out);
  report({0, 5}, "la date « {} » diffère de « {} »", "the date \"{}\" differs from \"{}\"", "mardi",
         "mercredi")
      .evidence({6, 11}, "le corps donne « {} »", "the body says \"{}\"", "mercredi")
      .fact(FactEvidence{"Q1", "12", "", "", "", "", ""})
      .suggest({0, 5}, "Mercredi");
  report({12, 14}, std::string("déjà rédigé"));
  return out;
}

TEST(CheckReport, AFrenchDraftGetsFrenchWordsAndTheRulesIdAndSeverity) {
  const auto out = report_twice(paragraph("Mardi, mercredi ou jeudi.", Lang::fr));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].rule, "test.report");
  EXPECT_EQ(out[0].severity, Severity::error);
  EXPECT_EQ(out[0].span, (Span{0, 5}));
  EXPECT_EQ(out[0].message, "la date « mardi » diffère de « mercredi »");
  ASSERT_EQ(out[0].evidence.size(), 1u);
  EXPECT_EQ(out[0].evidence[0].span, (Span{6, 11}));
  EXPECT_EQ(out[0].evidence[0].message, "le corps donne « mercredi »");
  ASSERT_TRUE(out[0].fact.has_value());
  EXPECT_EQ(out[0].fact->id, "Q1");
  ASSERT_TRUE(out[0].suggestion.has_value());
  EXPECT_EQ(out[0].suggestion->text, "Mercredi");
  EXPECT_TRUE(out[0].suggestion->applicable);
  EXPECT_EQ(out[1].message, "déjà rédigé");
  EXPECT_TRUE(out[1].evidence.empty());
  EXPECT_FALSE(out[1].suggestion.has_value());
}

TEST(CheckReport, AnEnglishDraftGetsEnglishWords) {
  const auto out = report_twice(paragraph("Tuesday, Wednesday or Thursday.", Lang::en));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].message, "the date \"mardi\" differs from \"mercredi\"");
  EXPECT_EQ(out[0].evidence[0].message, "the body says \"mercredi\"");
}

TEST(CheckReport, AFindingCanUnderlineOtherWordsThanFirstReported) {
  const Document doc = paragraph("l'ancien commissaire", Lang::fr);
  const Analysis analysis;
  const CheckContext context{doc, analysis, bundled_rules()};
  std::vector<Diagnostic> out;
  const Reporter report(kRule, context, out);
  report({8, 20}, "titre", "title").at({2, 20});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].span, (Span{2, 20}));
  EXPECT_EQ(out[0].message, "titre");
}

TEST(CheckReport, AFindingKeptWhileOthersAreReportedIsStillCompletedInPlace) {
  // A check may report its finding, then others, then come back to add evidence: the list
  // has grown (and moved) meanwhile.
  const Document doc = paragraph("Le ministre a dit non.", Lang::fr);
  const Analysis analysis;
  const CheckContext context{doc, analysis, bundled_rules()};
  std::vector<Diagnostic> out;
  const Reporter report(kRule, context, out);
  Finding first = report({0, 2}, "premier", "first");
  for (int i = 0; i < 100; ++i)
    report({3, 10}, "autre", "other");
  first.evidence({11, 13}, "le corps dit « {} »", "the body says \"{}\"", "a dit");
  ASSERT_EQ(out.size(), 101u);
  ASSERT_EQ(out[0].evidence.size(), 1u);
  EXPECT_EQ(out[0].evidence[0].message, "le corps dit « a dit »");
  EXPECT_TRUE(out[100].evidence.empty());
}

}  // namespace
}  // namespace presscheck
