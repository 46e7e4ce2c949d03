// Finding the fact base's names in a draft, as written: the longest name wins, names never
// start or end inside a word (accented letters included), and case counts.
#include <gtest/gtest.h>

#include "extract/exact_name_spotter.hpp"

namespace presscheck {
namespace {

const ExactNameSpotter& spotter() {
  static const ExactNameSpotter kSpotter({{"Thierry Breton", "Q1"},
                                          {"Breton", "Q1"},
                                          {"Breton", "Q9"},
                                          {"Commission européenne", "Q8"},
                                          {"Jean-Luc Mélenchon", "Q5"},
                                          {"X", "Q3"},
                                          {"(UE)", "Q4"}});
  return kSpotter;
}

// Each mention as "text=ids".
std::vector<std::string> found(std::string_view text) {
  std::vector<std::string> out;
  for (const Mention& mention : spotter().find(text, {0, text.size()})) {
    std::string shown(text.substr(mention.span.begin, mention.span.size()));
    shown += "=";
    for (const std::string& id : mention.ids)
      shown += id + (&id == &mention.ids.back() ? "" : ",");
    out.push_back(shown);
  }
  return out;
}

using Found = std::vector<std::string>;

TEST(ExactNameSpotter, TheLongestNameWrittenWins) {
  EXPECT_EQ(found("Thierry Breton a démissionné."), Found{"Thierry Breton=Q1"});
  EXPECT_EQ(found("M. Breton a démissionné."), Found{"Breton=Q1,Q9"});
  EXPECT_EQ(found("La Commission européenne et Jean-Luc Mélenchon sur X."),
            (Found{"Commission européenne=Q8", "Jean-Luc Mélenchon=Q5", "X=Q3"}));
}

TEST(ExactNameSpotter, NamesNeverStartOrEndInsideAWord) {
  EXPECT_EQ(found("Les Bretons et les Xénophiles."), Found{});
  EXPECT_EQ(found("Le KBreton, l'Xa."), Found{});
  EXPECT_EQ(found("La Commission européennes."), Found{});  // the longer word is another
  EXPECT_EQ(found("Breton’s resignation, X's reply."), (Found{"Breton=Q1,Q9", "X=Q3"}));
}

TEST(ExactNameSpotter, CaseAndAccentsCount) {
  EXPECT_EQ(found("un breton, thierry breton, la Commission europeenne"), Found{});
}

TEST(ExactNameSpotter, ANameMustLieWhollyInsideTheSpanSearched) {
  const std::string_view text = "Thierry Breton";
  const auto mentions = spotter().find(text, {0, 10});
  EXPECT_TRUE(mentions.empty());
  const auto later = spotter().find(text, {8, text.size()});
  ASSERT_EQ(later.size(), 1u);
  EXPECT_EQ(later[0].span, (Span{8, 14}));
}

TEST(ExactNameSpotter, NamesWithPunctuationAtTheirEdgesAreNotLookedFor) {
  EXPECT_EQ(found("L'Union européenne (UE) a parlé."), Found{});
}

}  // namespace
}  // namespace presscheck
