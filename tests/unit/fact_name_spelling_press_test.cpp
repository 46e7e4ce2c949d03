// fact.name-spelling on names as the press writes them, with the starter base's office
// holders: foreign names without their accents and longer hyphenated names stay silent, a
// real slip still fires.
#include <gtest/gtest.h>

#include "claim_lint.hpp"

namespace presscheck {
namespace {

using testing_support::claim_draft;

std::vector<testing_support::ClaimFinding> spelling(const std::string& lang,
                                                    const std::string& body) {
  return testing_support::lint_for("fact.name-spelling", claim_draft(lang, "Revue", body));
}

TEST(NameSpellingInThePress, AKnownNameWithoutItsAccentsIsNoMisspelling) {
  EXPECT_TRUE(spelling("fr", "Viktor Orban et Pedro Sanchez se sont parlé.").empty());
  EXPECT_TRUE(spelling("en", "Viktor Orban met Pedro Sanchez.").empty());
}

TEST(NameSpellingInThePress, ANameInsideALongerHyphenatedOneIsAnotherPerson) {
  EXPECT_TRUE(spelling("fr", "Jean-Marie Le Pen a été hospitalisé.").empty());
  const auto slip = spelling("fr", "Marie Le Pen a réagi.");
  ASSERT_EQ(slip.size(), 1u);
  EXPECT_EQ(slip[0].message,
            "« Marie Le Pen » ressemble à « Marine Le Pen », l'orthographe connue de ce nom");
  EXPECT_EQ(slip[0].column, 1u);
}

}  // namespace
}  // namespace presscheck
