#include <gtest/gtest.h>

#include "core/line_index.hpp"
#include "core/utf8.hpp"
#include "text/token.hpp"

namespace presscheck {
namespace {

// The folded words of a text, as the checks compare them.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& token : tokenize(text, {0, text.size()}))
    out.push_back(token.folded);
  return out;
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(utf8::first_invalid("très bien"), std::nullopt);
  EXPECT_EQ(utf8::first_invalid("ab\xFF"
                                "cd"),
            2u);
  EXPECT_EQ(utf8::first_invalid("\xC3"), 0u);          // truncated at the end
  EXPECT_EQ(utf8::first_invalid("a\xC0\xAF"), 1u);     // overlong slash
  EXPECT_EQ(utf8::first_invalid("\xED\xA0\x80"), 0u);  // surrogate
}

TEST(Utf8, FoldsCaseAndAccents) {
  EXPECT_EQ(utf8::fold("Été À L’ŒUVRE"), "ete a l'oeuvre");
  EXPECT_EQ(utf8::fold("Çà et là, naïf"), "ca et la, naif");
}

TEST(Utf8, FoldsNamesWrittenWithOrWithoutTheirAccents) {
  EXPECT_EQ(utf8::fold("Nguyễn Phú Trọng"), "nguyen phu trong");
  EXPECT_EQ(utf8::fold("Nguyễn Phú Trọng"), utf8::fold("NGUYEN PHU TRONG"));
  EXPECT_EQ(utf8::fold("Nicușor Dan"), "nicusor dan");        // s with comma below
  EXPECT_EQ(utf8::fold("Nicuşor Dan"), "nicusor dan");        // s with cedilla
  EXPECT_EQ(utf8::fold("Nicus\u0326or Dan"), "nicusor dan");  // decomposed
  EXPECT_EQ(utf8::fold("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
  EXPECT_EQ(utf8::fold("İstanbul"), "istanbul");
  EXPECT_EQ(utf8::fold("Beyoncé, naïve café"), "beyonce, naive cafe");
  EXPECT_EQ(utf8::fold("ΆΘΗΝΑ"), "αθηνα");
  EXPECT_EQ(utf8::fold("Ёлкин"), utf8::fold("Елкин"));
}

TEST(Utf8, SpellsPlainlyTheLettersUnicodeDoesNotDecompose) {
  EXPECT_EQ(utf8::fold("Cœur, Œuvre, Æsop"), "coeur, oeuvre, aesop");
  EXPECT_EQ(utf8::fold("Straße, STRASSE"), "strasse, strasse");
  EXPECT_EQ(utf8::fold("Søren Kierkegaard"), "soren kierkegaard");
  EXPECT_EQ(utf8::fold("Lech Wałęsa"), "lech walesa");
  EXPECT_EQ(utf8::fold("Novak Đoković"), "novak dokovic");
  EXPECT_EQ(utf8::fold("Þóra, Guðrún"), "thora, gudrun");
  EXPECT_EQ(utf8::fold("ﬁnance, ＥＵ"), "finance, eu");  // ligature, full-width letters
}

TEST(Utf8, FoldsSpacesApostrophesAndInvisibleCharactersToTheirPlainForms) {
  EXPECT_EQ(utf8::fold("l’UE\u00A0a dit «\u202Fnon\u2009»"), "l'ue a dit « non »");
  EXPECT_EQ(utf8::fold("lʼUE, don’t, l‘Élysée"), "l'ue, don't, l'elysee");
  EXPECT_EQ(utf8::fold("Ma\u00ADcron, Bre\u200Bton"), "macron, breton");  // soft hyphen, ZWSP
  EXPECT_EQ(utf8::fold("Jean\u2010Marie"), "jean-marie");                 // Unicode hyphen
}

TEST(Utf8, FoldsAsciiByChangingCaseOnly) {
  const std::string text = "The EU Takes It SERIOUSLY, 12 000 times; don't `quote` me.";
  std::string lower = text;
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(utf8::fold(text), lower);
}

TEST(Utf8, FoldsOneCodePointAtATimeAsAWholeText) {
  std::string out;
  utf8::fold_into(out, 0x0301);  // a combining acute accent alone folds to nothing
  EXPECT_EQ(out, "");
  utf8::fold_into(out, 0xC9);    // É
  utf8::fold_into(out, 0x1E9E);  // capital sharp s
  utf8::fold_into(out, 0x153);   // œ
  utf8::fold_into(out, 0x2BC);   // modifier letter apostrophe
  EXPECT_EQ(out, "essoe'");
}

TEST(Utf8, WordsMatchHoweverTheirAccentsAreEncoded) {
  const std::string precomposed = "Nguyễn Phú Trọng";
  const std::string decomposed = "Nguye\u0302\u0303n Phu\u0301 Tro\u0323ng";
  const std::string plain = "Nguyen Phu Trong";
  const std::vector<std::string> expected = {"nguyen", "phu", "trong"};
  EXPECT_EQ(words(precomposed), expected);
  EXPECT_EQ(words(decomposed), expected);
  EXPECT_EQ(words(plain), expected);
}

TEST(Utf8, TheModifierLetterApostropheSplitsWordsAsTheOthersDo) {
  EXPECT_FALSE(utf8::is_word_char(0x2BC));
  const std::vector<std::string> expected = {"l", "ue", "n", "est", "pas", "don", "t"};
  EXPECT_EQ(words("l'UE n'est pas, don't"), expected);
  EXPECT_EQ(words("l’UE n’est pas, don’t"), expected);
  EXPECT_EQ(words("lʼUE nʼest pas, donʼt"), expected);
}

TEST(Utf8, TypesetFiguresAreOneNumber) {
  for (const char* figure :
       {"12 000", "12\u00A0000", "12\u202F000", "12\u2009000", "12\u2007000"}) {
    const std::string text = std::string("soit ") + figure + " euros";
    const auto tokens = tokenize(text, {0, text.size()});
    ASSERT_EQ(tokens.size(), 3u) << figure;
    EXPECT_EQ(tokens[1].folded, "12000") << figure;
    EXPECT_EQ(text.substr(tokens[1].span.begin, tokens[1].span.size()), figure);
  }
}

TEST(Utf8, UpperCaseLettersOfAnyScript) {
  EXPECT_TRUE(utf8::is_upper('A'));
  EXPECT_TRUE(utf8::is_upper(0xC9));   // É
  EXPECT_TRUE(utf8::is_upper(0x141));  // Ł
  EXPECT_TRUE(utf8::is_upper(0x3A3));  // Σ
  EXPECT_FALSE(utf8::is_upper('a'));
  EXPECT_FALSE(utf8::is_upper(0xE9));  // é
  EXPECT_FALSE(utf8::is_upper(0xAB));  // «
}

TEST(LineIndex, CountsColumnsInCodePoints) {
  const std::string text = "title\n« très » ok\r\nend";
  LineIndex index(text);
  const auto position = index.position(text, text.find("ok"));
  EXPECT_EQ(position.line, 2u);
  EXPECT_EQ(position.column, 10u);
  EXPECT_EQ(index.line_text(text, 2), "« très » ok");
  EXPECT_EQ(index.line_text(text, 3), "end");
}

TEST(LineIndex, AnEmptyTextHasOneLine) {
  const LineIndex index;
  EXPECT_EQ(index.position("", 0).line, 1u);
  EXPECT_EQ(index.position("", 0).column, 1u);
  EXPECT_EQ(index.line_text("", 1), "");
}

}  // namespace
}  // namespace presscheck
