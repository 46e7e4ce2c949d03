#include <gtest/gtest.h>

#include "bundled_rules.hpp"
#include "text/analysis.hpp"

namespace presscheck {
namespace {

using testing_support::bundled_rules;
using testing_support::paragraph;

// The polarity of the first quote of `text`.
Polarity quote_polarity(const std::string& text, Lang lang) {
  const Document doc = paragraph(text, lang);
  const Analysis analysis = analyze(doc, bundled_rules());
  const BlockAnalysis& block = analysis.blocks.at(0);
  EXPECT_FALSE(block.quotes.empty()) << text;
  if (block.quotes.empty())
    return Polarity::unclear;
  return polarity_of(block, block.quotes.front().inner);
}

TEST(Negation, TheNeOutsideAndThePasInsideTheQuote) {
  EXPECT_EQ(quote_polarity("L'UE ne « prend pas très au sérieux » les vidéos.", Lang::fr),
            Polarity::negative);
  EXPECT_EQ(quote_polarity("L'UE prend « très au sérieux » les vidéos.", Lang::fr),
            Polarity::affirmative);
}

TEST(Negation, FrenchCuesNegateTheQuote) {
  EXPECT_EQ(quote_polarity("Il n'est « pas indispensable ».", Lang::fr), Polarity::negative);
  EXPECT_EQ(quote_polarity("Il n'est pas « indispensable ».", Lang::fr), Polarity::negative);
  EXPECT_EQ(quote_polarity("« C'est pas possible », dit-il.", Lang::fr), Polarity::negative);
  EXPECT_EQ(quote_polarity("Un texte adopté « sans débat ».", Lang::fr), Polarity::negative);
  EXPECT_EQ(quote_polarity("Nous « ne les invitons plus ».", Lang::fr), Polarity::negative);
}

TEST(Negation, FrenchPseudoNegationsStayAffirmative) {
  for (const char* text : {
           "Il « n'a que dix euros ».",
           "« Avant qu'il ne parte », tout était prêt.",
           "Il « ne cesse de répéter » sa position.",
           "« Non seulement le texte passe », dit-il.",
           "Il viendra « sans doute » demain.",
           "Il y a « pas mal de monde ».",
           "La majorité est « plus que jamais » divisée.",
           "« N'importe quel élu » peut le demander.",
           "C'est « un pas vers la justice ».",
           "« Pourquoi ne pas poser le débat » ?",
       }) {
    EXPECT_EQ(quote_polarity(text, Lang::fr), Polarity::affirmative) << text;
  }
}

TEST(Negation, EnglishCuesNegateTheQuote) {
  EXPECT_EQ(quote_polarity("The EU is \"not taking it seriously\".", Lang::en), Polarity::negative);
  EXPECT_EQ(quote_polarity("The EU does not take \"very seriously\" the threat.", Lang::en),
            Polarity::negative);
  EXPECT_EQ(quote_polarity("The EU \"won’t back down\".", Lang::en), Polarity::negative);
  EXPECT_EQ(quote_polarity("X is \"no longer welcome\".", Lang::en), Polarity::negative);
  EXPECT_EQ(quote_polarity("She has \"never said so\".", Lang::en), Polarity::negative);
}

TEST(Negation, EnglishPseudoNegationsStayAffirmative) {
  for (const char* text : {
           "It is \"not only a fine\" but a warning.",
           "There is \"no doubt\" about it.",
           "That is \"not necessarily the end\".",
           "\"Why not start again?\" she asked.",
           "The \"No. 2 official\" resigned.",
       }) {
    EXPECT_EQ(quote_polarity(text, Lang::en), Polarity::affirmative) << text;
  }
}

// The negation governs the quote across the verb and its object, within one clause.
TEST(Negation, ANegationReachesTheQuoteAcrossItsClause) {
  EXPECT_EQ(quote_polarity("Le ministre ne trouve plus le plan « réaliste ».", Lang::fr),
            Polarity::negative);
  EXPECT_EQ(quote_polarity("Un chantier pas « urgent », selon le maire.", Lang::fr),
            Polarity::negative);
  EXPECT_EQ(quote_polarity("The minister does not think the scheme \"workable\".", Lang::en),
            Polarity::negative);
  EXPECT_EQ(quote_polarity("Inflation not 'temporary', says governor.", Lang::en),
            Polarity::negative);
}

// « exclure », "rule out": the body says no without a negation word, even of a thing named.
TEST(Negation, AVerbThatNegatesReachesItsObject) {
  EXPECT_EQ(quote_polarity("Le maire a exclu tout « report ».", Lang::fr), Polarity::negative);
  EXPECT_EQ(quote_polarity("Le maire dément un « accord ».", Lang::fr), Polarity::negative);
  EXPECT_EQ(quote_polarity("The mayor ruled out any \"delay\".", Lang::en), Polarity::negative);
  EXPECT_EQ(quote_polarity("She rejected the \"deal\".", Lang::en), Polarity::negative);
  EXPECT_EQ(quote_polarity("The mayor announced a \"delay\".", Lang::en), Polarity::affirmative);
}

TEST(Negation, ANegationFartherAwayLeavesTheQuoteUnclear) {
  // The negation is about the thinking, not about the quoted words: no clear polarity.
  EXPECT_EQ(
      quote_polarity("Je ne crois pas qu'il y ait des « discriminations raciales ».", Lang::fr),
      Polarity::unclear);
  EXPECT_EQ(quote_polarity("Il ne faut pas pervertir ce « Ségur de la santé ».", Lang::fr),
            Polarity::unclear);
  EXPECT_EQ(quote_polarity("He did not come, but \"followed it all\".", Lang::en),
            Polarity::unclear);
  EXPECT_EQ(quote_polarity("They must not betray the \"Good Friday Agreement\".", Lang::en),
            Polarity::unclear);
}

}  // namespace
}  // namespace presscheck
