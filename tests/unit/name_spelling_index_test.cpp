// The index behind fact.name-spelling: a draft's word reaches every long capitalised name
// word one edit away (changed, added, dropped or swapped letters, accented ones included),
// and short, lowercase or far-off words reach nothing.
#include <gtest/gtest.h>

#include "extract/name_spelling_index.hpp"

namespace presscheck {
namespace {

using NameWord = NameSpellingIndex::NameWord;

facts::NameEntry name(const std::string& written) {
  return {"Q1", written, Lang::fr, false};
}

const NameSpellingIndex& index() {
  static const NameSpellingIndex kIndex({name("Thierry Breton"), name("Virkkunen"),
                                         name("Élisabeth Borne"), name("Musk"),
                                         name("banque centrale"), name("Léonce")});
  return kIndex;
}

TEST(NameSpellingIndex, FindsAWordWithOneLetterChangedAddedDroppedOrSwapped) {
  const std::vector<NameWord> breton{{0, 1}};
  EXPECT_EQ(index().near("Bretom"), breton);   // changed
  EXPECT_EQ(index().near("Bretton"), breton);  // added
  EXPECT_EQ(index().near("Brton"), breton);    // dropped
  EXPECT_EQ(index().near("Bertoni"), std::vector<NameWord>{});
  EXPECT_EQ(index().near("Brotan"), std::vector<NameWord>{});  // two edits
  EXPECT_EQ(index().near("Berton"), breton);                   // swapped
  EXPECT_EQ(index().near("Virkkuenn"), (std::vector<NameWord>{{1, 0}}));
  EXPECT_EQ(index().near("Borme"), (std::vector<NameWord>{{2, 1}}));  // five letters suffice
}

TEST(NameSpellingIndex, CountsAccentedLettersAsOneLetter) {
  EXPECT_EQ(index().near("Elisabeth"), (std::vector<NameWord>{{2, 0}}));
  EXPECT_EQ(index().near("Élisabth"), (std::vector<NameWord>{{2, 0}}));
  EXPECT_EQ(index().near("Thiérry"), (std::vector<NameWord>{{0, 0}}));
}

TEST(NameSpellingIndex, FindsNothingForAWordWrittenRight) {
  EXPECT_TRUE(index().near("Breton").empty());
  EXPECT_TRUE(index().near("Élisabeth").empty());
}

TEST(NameSpellingIndex, KnowsTheWordsItHoldsExactly) {
  EXPECT_TRUE(index().knows("Breton"));
  EXPECT_TRUE(index().knows("Élisabeth"));
  EXPECT_FALSE(index().knows("Bretton"));
  EXPECT_FALSE(index().knows("breton"));
  EXPECT_FALSE(index().knows("Musk"));  // too short to be held
  EXPECT_FALSE(NameSpellingIndex().knows("Breton"));
}

TEST(NameSpellingIndex, GivesEveryPlaceOfAWordSharedByNames) {
  const NameSpellingIndex shared(
      {name("Thierry Breton"), name("André Breton"), name("Bretonne"), name("Breton Dupont")});
  EXPECT_EQ(shared.near("Bretom"), (std::vector<NameWord>{{0, 1}, {1, 1}, {3, 0}}));
  // One edit from « Breton » and from « Bretonne » alike.
  EXPECT_EQ(shared.near("Bretone"), (std::vector<NameWord>{{0, 1}, {1, 1}, {2, 0}, {3, 0}}));
}

TEST(NameSpellingIndex, LeavesOutShortLowercaseAndShortOneWordNames) {
  EXPECT_TRUE(index().near("Mask").empty());     // « Musk » is too short
  EXPECT_TRUE(index().near("Banque").empty());   // « banque centrale » is not capitalised
  EXPECT_TRUE(index().near("Léonces").empty());  // a one-word name needs seven letters
}

TEST(NameSpellingIndex, GivesWhereEachWordOfANameStands) {
  const auto words_of = [](std::uint32_t name) {
    const std::span<const Span> words = index().words_of(name);
    return std::vector<Span>(words.begin(), words.end());
  };
  EXPECT_EQ(words_of(0), (std::vector<Span>{{0, 7}, {8, 14}}));    // Thierry Breton
  EXPECT_EQ(words_of(2), (std::vector<Span>{{0, 10}, {11, 16}}));  // Élisabeth Borne
  EXPECT_TRUE(index().words_of(3).empty());  // « Musk » has no word that may be misspelt
  EXPECT_TRUE(index().words_of(99).empty());
}

TEST(NameSpellingIndex, StatesWhichKnownWordsMayBeMisspelt) {
  EXPECT_TRUE(NameSpellingIndex::may_be_misspelt("Breton", 2));
  EXPECT_FALSE(NameSpellingIndex::may_be_misspelt("Breton", 1));
  EXPECT_TRUE(NameSpellingIndex::may_be_misspelt("Virkkunen", 1));
  EXPECT_FALSE(NameSpellingIndex::may_be_misspelt("Borne", 1));
  EXPECT_FALSE(NameSpellingIndex::may_be_misspelt("centrale", 2));
}

TEST(NameSpellingIndex, AWordOfUpToSixtyFourLettersMayBeMisspelt) {
  const std::string longest = "B" + std::string(63, 'r');  // 64 letters
  const std::string too_long = longest + "e";              // 65
  EXPECT_TRUE(NameSpellingIndex::may_be_misspelt(longest, 2));
  EXPECT_FALSE(NameSpellingIndex::may_be_misspelt(too_long, 2));
  const NameSpellingIndex names({name("Jean " + longest), name("Paul " + too_long)});
  // One letter changed in each: only the indexed word is found.
  EXPECT_EQ(names.near(longest.substr(0, 63) + "t"), (std::vector<NameWord>{{0, 1}}));
  EXPECT_TRUE(names.near("Bt" + too_long.substr(2)).empty());
  EXPECT_TRUE(names.words_of(1).empty());
}

TEST(NameSpellingIndex, AMegabyteNameWordIsLeftOutAndAHugeDraftWordFindsNothing) {
  // Each of these cost minutes when every word was filed under each of its deletions.
  const std::string huge = "B" + std::string(1u << 20, 'r');
  const NameSpellingIndex names({name("Thierry Breton"), name("Jean " + huge)});
  EXPECT_TRUE(names.words_of(1).empty());
  EXPECT_TRUE(names.near(huge).empty());
  EXPECT_TRUE(names.near("B" + std::string(16u << 20, 'r')).empty());
  EXPECT_EQ(names.near("Bretton"), (std::vector<NameWord>{{0, 1}}));
}

}  // namespace
}  // namespace presscheck
