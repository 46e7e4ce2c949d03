#include <gtest/gtest.h>

#include "extract/agreement.hpp"
#include "extract_test_util.hpp"

namespace presscheck {
namespace {

using extract_test::day;
using extract_test::only_value;
using extract_test::spanned;

TEST(ExtractAgreement, RoundsToTheWrittenPrecision) {
  const Value value = only_value(Lang::fr, "Un coût de 1,8 milliard d'euros.");
  EXPECT_TRUE(agrees(value, 1'840'000'000));
  EXPECT_TRUE(agrees(value, 1'750'000'000));
  EXPECT_FALSE(agrees(value, 1'860'000'000));
  EXPECT_FALSE(agrees(value, 1'700'000'000));
  const Value english = only_value(Lang::en, "A cost of €1.84bn.");
  EXPECT_TRUE(agrees(english, 1'840'000'000));
  EXPECT_FALSE(agrees(english, 1'800'000'000));
}

TEST(ExtractAgreement, TellsAFactorOfTenApart) {
  const Value written = only_value(Lang::fr, "Une amende de 45 millions.");
  EXPECT_TRUE(agrees(written, 45'000'000));
  EXPECT_FALSE(agrees(written, 4'500'000));
}

TEST(ExtractAgreement, AboveAndBelowFollowTheApproximator) {
  const std::string_view text = "Une amende de plus de 100 millions d'euros.";
  const Value more = only_value(Lang::fr, text);
  ASSERT_TRUE(more.approximator.has_value());
  EXPECT_EQ(spanned(text, more.approximator->span), "plus de");
  EXPECT_EQ(spanned(text, more.span), "100 millions d'euros");
  EXPECT_EQ(more.approximator->direction, Direction::above);
  EXPECT_TRUE(agrees(more, 120'000'000));
  EXPECT_FALSE(agrees(more, 90'000'000));
  EXPECT_FALSE(agrees(more, 250'000'000));  // past the rule's tolerance: twice the value
  const Value less = only_value(Lang::en, "A rise of less than 2%.");
  EXPECT_EQ(less.approximator->direction, Direction::below);
  EXPECT_TRUE(agrees(less, 1.7));
  EXPECT_FALSE(agrees(less, 2.3));
  const Value nearly = only_value(Lang::en, "It cost nearly $2 million.");
  EXPECT_TRUE(agrees(nearly, 1'950'000));
  EXPECT_FALSE(agrees(nearly, 2'100'000));
  EXPECT_FALSE(agrees(nearly, 1'500'000));
}

TEST(ExtractAgreement, AroundWidensToTheTolerance) {
  const std::string_view text = "Une amende de près de 45 millions d'euros.";
  const Value near = only_value(Lang::fr, text);
  ASSERT_TRUE(near.approximator.has_value());
  EXPECT_EQ(near.approximator->span, (Span{14, 22}));
  EXPECT_EQ(near.approximator->direction, Direction::around);
  EXPECT_DOUBLE_EQ(near.approximator->tolerance, 0.1);
  EXPECT_TRUE(agrees(near, 43'000'000));
  EXPECT_TRUE(agrees(near, 47'000'000));
  EXPECT_FALSE(agrees(near, 4'500'000));
  const Value about = only_value(Lang::en, "It cost about $45 million.");
  EXPECT_TRUE(agrees(about, 42'000'000));
  EXPECT_FALSE(agrees(about, 38'000'000));
}

TEST(ExtractAgreement, FindsEveryApproximator) {
  struct Case {
    Lang lang;
    std::string_view text;
    std::string_view approximator;
    Direction direction;
  };
  const Case cases[] = {
      {Lang::fr, "Environ 300 personnes.", "Environ", Direction::around},
      {Lang::fr, "Quelque 300 personnes.", "Quelque", Direction::around},
      {Lang::fr, "Moins de 300 personnes.", "Moins de", Direction::below},
      {Lang::fr, "Pas moins de 300 personnes.", "Pas moins de", Direction::above},
      {Lang::fr, "Au moins 300 personnes.", "Au moins", Direction::above},
      {Lang::en, "About 300 people.", "About", Direction::around},
      {Lang::en, "Some 300 people.", "Some", Direction::around},
      {Lang::en, "Around 300 people.", "Around", Direction::around},
      {Lang::en, "Almost 300 people.", "Almost", Direction::below},
      {Lang::en, "More than 300 people.", "More than", Direction::above},
      {Lang::en, "Over 300 people.", "Over", Direction::above},
      {Lang::en, "Under 300 people.", "Under", Direction::below},
      {Lang::en, "Fewer than 300 people.", "Fewer than", Direction::below},
  };
  for (const Case& c : cases) {
    const Value value = only_value(c.lang, c.text);
    ASSERT_TRUE(value.approximator.has_value()) << c.text;
    EXPECT_EQ(spanned(c.text, value.approximator->span), c.approximator);
    EXPECT_EQ(value.approximator->direction, c.direction) << c.text;
    EXPECT_EQ(spanned(c.text, value.span), "300");
  }
  EXPECT_FALSE(only_value(Lang::en, "A total of 300 people.").approximator.has_value());
  EXPECT_FALSE(only_value(Lang::en, "Someone saw 300 people.").approximator.has_value());
}

TEST(ExtractAgreement, EqualAmountsWrittenDifferentlyAgree) {
  const Value milliard = only_value(Lang::fr, "Un plan de 1,5 milliard d'euros.");
  const Value millions = only_value(Lang::fr, "Un plan de 1 500 millions d'euros.");
  const Value billion = only_value(Lang::en, "A plan of €1.5bn.");
  EXPECT_EQ(milliard.exact, 1'500'000'000);
  EXPECT_EQ(millions.exact, milliard.exact);
  EXPECT_EQ(billion.exact, milliard.exact);
  EXPECT_TRUE(agrees(milliard, millions));
  EXPECT_TRUE(agrees(millions, billion));
  EXPECT_TRUE(agrees(billion, milliard));
  EXPECT_FALSE(agrees(only_value(Lang::fr, "Une amende de 45 millions."),
                      only_value(Lang::fr, "Une amende de 4,5 millions.")));
}

// 2.6 covers 2.55 to 2.65 and 2.7 covers 2.65 to 2.75: a real 2.65 is written one way,
// so the two figures never agree.
TEST(ExtractAgreement, RoundingsThatOnlyTouchDisagree) {
  EXPECT_FALSE(agrees(only_value(Lang::en, "Inflation of 2.6%."),
                      only_value(Lang::en, "Inflation of 2.7%.")));
  EXPECT_FALSE(agrees(only_value(Lang::fr, "Une inflation de 2,6 %."),
                      only_value(Lang::fr, "Une inflation de 2,7 %.")));
  EXPECT_TRUE(
      agrees(only_value(Lang::en, "Inflation of 2.6%."), only_value(Lang::en, "Inflation of 3%.")));
  // An approximator's reach is loose: ranges that touch still agree.
  EXPECT_TRUE(agrees(only_value(Lang::fr, "Plus d'un million de ventes."),
                     only_value(Lang::fr, "Plus de deux millions de ventes.")));
}

TEST(ExtractAgreement, ABareCountIsExact) {
  EXPECT_FALSE(agrees(only_value(Lang::en, "30 dead."), only_value(Lang::en, "34 injured.")));
  EXPECT_FALSE(agrees(only_value(Lang::fr, "30 morts."), only_value(Lang::fr, "34 blessés.")));
  EXPECT_TRUE(agrees(only_value(Lang::en, "About 30 dead."), only_value(Lang::en, "32 dead.")));
  EXPECT_TRUE(agrees(only_value(Lang::fr, "Environ 30 morts."), only_value(Lang::fr, "32 morts.")));
  // Large round figures stay roundings: 30,000 covers 25,000 to 35,000.
  EXPECT_TRUE(agrees(only_value(Lang::en, "30,000 jobs."), only_value(Lang::en, "31,200 jobs.")));
}

TEST(ExtractAgreement, KeepsKindsAndCurrenciesApart) {
  const Value euros = only_value(Lang::en, "A plan of €1.5bn.");
  const Value dollars = only_value(Lang::en, "A plan of $1.5bn.");
  const Value bare = only_value(Lang::en, "A plan of 1.5 billion.");
  const Value percent = only_value(Lang::en, "A rise of 1.5%.");
  EXPECT_FALSE(agrees(euros, dollars));
  EXPECT_TRUE(agrees(euros, bare));  // the currency may be written elsewhere
  EXPECT_FALSE(agrees(percent, only_value(Lang::en, "A rise of 1.5 points.")));
  EXPECT_FALSE(agrees(only_value(Lang::en, "In 2025."), 2025));
}

TEST(ExtractAgreement, ComparesDates) {
  const Value june4 = only_value(Lang::en, "The vote on June 4, 2025.");
  const Value june14 = only_value(Lang::en, "The vote on June 14, 2025.");
  const Value june = only_value(Lang::en, "The vote in June 2025.");
  EXPECT_FALSE(agrees(june4, june14));
  EXPECT_TRUE(agrees(june4, june));
  EXPECT_TRUE(agrees(june14, day(2025, 6, 14)));
  EXPECT_FALSE(agrees(june14, day(2025, 6, 4)));
  EXPECT_FALSE(agrees(june14, only_value(Lang::en, "A rise of 14%.")));
}

}  // namespace
}  // namespace presscheck
