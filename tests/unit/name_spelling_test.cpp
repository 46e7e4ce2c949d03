// fact.name-spelling on small drafts with the starter fact base, in both languages: near
// misses of known names fire with the known spelling as the suggestion; known names, other
// names, common words and entities other than people and organisations stay silent.
#include <gtest/gtest.h>

#include "claim_lint.hpp"

namespace presscheck {
namespace {

using testing_support::claim_draft;
using testing_support::ClaimFinding;

std::vector<ClaimFinding> spelling(const std::string& draft, bool with_claims = true) {
  return testing_support::lint_for("fact.name-spelling", draft, with_claims);
}

TEST(NameSpelling, FiresOnADoubledLetterInFrench) {
  const auto findings =
      spelling(claim_draft("fr", "Démission à Bruxelles",
                           "L'ancien commissaire Thierry Bretton a quitté ses fonctions."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            (ClaimFinding{"fact.name-spelling", 7, 22,
                          "« Thierry Bretton » ressemble à « Thierry Breton », l'orthographe "
                          "connue de ce nom",
                          "", "", 0, 0, "Thierry Breton"}));
}

TEST(NameSpelling, FiresOnAMissingLetterAndAnOrganisationInEnglish) {
  const auto findings =
      spelling(claim_draft("en", "Henna Virkunen answers the European Commision's critics",
                           "The vice-president spoke on Monday."));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0],
            (ClaimFinding{"fact.name-spelling", 3, 9,
                          "\"Henna Virkunen\" looks like \"Henna Virkkunen\", the known spelling "
                          "of this name",
                          "", "", 0, 0, "Henna Virkkunen"}));
  EXPECT_EQ(findings[1].column, 36u);
  EXPECT_EQ(findings[1].suggestion, "European Commission");
}

TEST(NameSpelling, FiresOnSwappedLettersOfALongOneWordName) {
  const auto findings =
      spelling(claim_draft("en", "Brussels reacts", "Commissioner Virkkuenn said little."));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestion, "Virkkunen");
  EXPECT_EQ(findings[0].column, 14u);
}

TEST(NameSpelling, SilentOnKnownNames) {
  EXPECT_TRUE(spelling(claim_draft("fr", "Thierry Breton quitte la Commission européenne",
                                   "Ursula von der Leyen a pris acte du départ de Thierry Breton."))
                  .empty());
  EXPECT_TRUE(spelling(claim_draft("en", "Henna Virkkunen and the European Commission",
                                   "Elon Musk replied on X."))
                  .empty());
}

TEST(NameSpelling, SilentOnOtherNamesThatLookAlike) {
  // Another first name, a surname two letters away, a short surname one letter away.
  EXPECT_TRUE(spelling(claim_draft("fr", "Marion Breton élue maire",
                                   "Thierry Brelet et Elon Mask ont commenté."))
                  .empty());
  EXPECT_TRUE(
      spelling(claim_draft("en", "Anna Virkkunen wins the race", "Henna Virtanen finished second."))
          .empty());
}

TEST(NameSpelling, SilentOnCommonWordsAndOtherKindsOfEntity) {
  // « Unions » is a word this draft also writes in lower case; Twitter is a product.
  EXPECT_TRUE(spelling(claim_draft("en", "European Unions protest",
                                   "Trade unions across Europe marched. Twiter users cheered."))
                  .empty());
  EXPECT_TRUE(
      spelling(claim_draft("fr", "La Commission européennes", "Le texte est adopté.")).empty());
}

TEST(NameSpelling, SilentWithoutAFactBase) {
  EXPECT_TRUE(
      spelling(claim_draft("fr", "Thierry Bretton démissionne", "Il part."), false).empty());
}

}  // namespace
}  // namespace presscheck
