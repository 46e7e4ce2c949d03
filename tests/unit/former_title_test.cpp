// The suggestion for a title no longer held: French agrees « ancien » with the determiner
// and elides it, or says « ex- » when the gender is unknown; English says "former".
#include <gtest/gtest.h>

#include "analysis/former_title.hpp"

namespace presscheck {
namespace {

// The sentence with the title (the first occurrence of `title`) rewritten as past.
std::string rewritten(const std::string& sentence, const std::string& title, Lang lang) {
  Document doc;
  doc.text = sentence;
  doc.lang = lang;
  const std::size_t at = sentence.find(title);
  const Span span{at, at + title.size()};
  const TitleRewrite rewrite =
      former_title(doc, tokenize(doc.text, {0, doc.text.size()}), span, title);
  return sentence.substr(0, rewrite.span.begin) + rewrite.text + sentence.substr(rewrite.span.end);
}

TEST(FormerTitle, FrenchAgreesWithTheDeterminerAndElides) {
  EXPECT_EQ(rewritten("Le commissaire européen Thierry Breton", "commissaire européen", Lang::fr),
            "L'ancien commissaire européen Thierry Breton");
  EXPECT_EQ(rewritten("selon la commissaire Henna Virkkunen", "commissaire", Lang::fr),
            "selon l'ancienne commissaire Henna Virkkunen");
  EXPECT_EQ(rewritten("le rôle du commissaire Thierry Breton", "commissaire", Lang::fr),
            "le rôle de l'ancien commissaire Thierry Breton");
  EXPECT_EQ(rewritten("Au commissaire Thierry Breton, on doit", "commissaire", Lang::fr),
            "À l'ancien commissaire Thierry Breton, on doit");
  EXPECT_EQ(rewritten("une commissaire, Henna Virkkunen", "commissaire", Lang::fr),
            "une ancienne commissaire, Henna Virkkunen");
}

TEST(FormerTitle, FrenchSaysExWhenTheGenderIsUnknown) {
  EXPECT_EQ(rewritten("Henna Virkkunen, commissaire européenne, a parlé", "commissaire européenne",
                      Lang::fr),
            "Henna Virkkunen, ex-commissaire européenne, a parlé");
  EXPECT_EQ(rewritten("l'ambassadeur Jean Dupont", "ambassadeur", Lang::fr),
            "l'ex-ambassadeur Jean Dupont");
  EXPECT_EQ(
      rewritten("Commissaire européen, Thierry Breton a signé", "Commissaire européen", Lang::fr),
      "Ex-commissaire européen, Thierry Breton a signé");
}

TEST(FormerTitle, EnglishSaysFormer) {
  EXPECT_EQ(rewritten("said the EU commissioner Thierry Breton", "EU commissioner", Lang::en),
            "said the former EU commissioner Thierry Breton");
  EXPECT_EQ(rewritten("as an EU commissioner, Thierry Breton", "EU commissioner", Lang::en),
            "as a former EU commissioner, Thierry Breton");
  EXPECT_EQ(rewritten("EU commissioner Thierry Breton said", "EU commissioner", Lang::en),
            "Former EU commissioner Thierry Breton said");
}

}  // namespace
}  // namespace presscheck
