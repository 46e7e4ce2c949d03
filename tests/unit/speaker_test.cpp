// Who each quote is attributed to, as the text stage reads it, in both languages.
#include <gtest/gtest.h>

#include "bundled_rules.hpp"
#include "text/analysis.hpp"
#include "text/stemmer.hpp"

namespace presscheck {
namespace {

using testing_support::bundled_rules;
using testing_support::paragraph;

// The speaker words of every quote of a one-paragraph text, joined by spaces.
std::vector<std::string> speakers(const std::string& text, Lang lang) {
  const Document doc = paragraph(text, lang);
  const Analysis analysis = analyze(doc, bundled_rules());
  std::vector<std::string> out;
  for (const Speaker& speaker : analysis.blocks.at(0).speakers) {
    std::string joined;
    for (const std::string& word : speaker.words)
      joined += (joined.empty() ? "" : " ") + word;
    out.push_back(joined);
  }
  return out;
}

using Names = std::vector<std::string>;

TEST(Speaker, TheNameNextToTheVerbAfterTheQuote) {
  EXPECT_EQ(speakers("\"A little bit rattled,\" Mr Howard said.", Lang::en), Names{"howard"});
  EXPECT_EQ(speakers("\"It is unfair,\" said the opposition leader.", Lang::en),
            Names{"opposition leader"});
  EXPECT_EQ(speakers("« C'est injuste », a déclaré le ministre.", Lang::fr), Names{"ministre"});
  EXPECT_EQ(speakers("« C'est injuste », selon Jeanne Roux.", Lang::fr), Names{"jeanne roux"});
}

TEST(Speaker, AVerbInTheNextClauseIsNotTheQuotes) {
  EXPECT_EQ(speakers("Parry labelled the deal \"an eye-opener\" and admits it is risky.", Lang::en),
            Names{"parry"});
  EXPECT_EQ(speakers("Le maire juge le plan « réaliste » et ajoute qu'il votera.", Lang::fr),
            Names{"maire"});
  EXPECT_EQ(speakers("Le maire a qualifié le plan de « réaliste », tout en reconnaissant un "
                     "retard.",
                     Lang::fr),
            Names{"maire"});
}

TEST(Speaker, TheNameBeforeTheVerbThatIntroducesTheQuote) {
  EXPECT_EQ(speakers("Howard says Labour is \"rattled\".", Lang::en), Names{"howard"});
  EXPECT_EQ(speakers("Le ministre juge la réforme « injuste ».", Lang::fr), Names{"ministre"});
}

TEST(Speaker, TheWordsBeforeAColon) {
  EXPECT_EQ(speakers("Le maire : « Pas de report ».", Lang::fr), Names{"maire"});
}

TEST(Speaker, APronounIsTheLastSpeakerNamed) {
  EXPECT_EQ(speakers("« C'est injuste », dit Jeanne Roux. « Nous voterons contre », a-t-elle "
                     "ajouté.",
                     Lang::fr),
            (Names{"jeanne roux", "jeanne roux"}));
  EXPECT_EQ(
      speakers("\"It is unfair,\" Mr Howard said. \"We will vote against,\" he added.", Lang::en),
      (Names{"howard", "howard"}));
}

TEST(Speaker, UnknownWhenNothingAttributesTheQuote) {
  EXPECT_EQ(speakers("Le texte parle d'un « tournant ».", Lang::fr), Names{""});
  EXPECT_EQ(speakers("A \"historic\" deal was signed.", Lang::en), Names{""});
}

TEST(Speaker, TheSameSpeakerSharesANameWord) {
  EXPECT_TRUE(same_speaker({{"howard"}}, {{"michael", "howard"}}));
  EXPECT_TRUE(same_speaker({{"ministre"}}, {{"ministre", "interieur"}}));
  EXPECT_FALSE(same_speaker({{"howard"}}, {{"beckett"}}));
  EXPECT_FALSE(same_speaker({{"housing", "minister"}}, {{"opposition", "housing", "spokeswoman"}}));
  EXPECT_FALSE(same_speaker({{"m"}}, {{"m"}}));
}

TEST(Stemmer, InflectionsShareAStem) {
  EXPECT_EQ(stem(Lang::en, "supports"), stem(Lang::en, "support"));
  EXPECT_EQ(stem(Lang::en, "signed"), stem(Lang::en, "sign"));
  EXPECT_EQ(stem(Lang::fr, "opposees"), stem(Lang::fr, "opposee"));
  EXPECT_EQ(stem(Lang::fr, "approuvait"), stem(Lang::fr, "approuve"));
  EXPECT_NE(stem(Lang::en, "support"), stem(Lang::en, "sport"));
}

}  // namespace
}  // namespace presscheck
