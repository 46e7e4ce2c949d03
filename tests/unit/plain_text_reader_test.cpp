// Plain text as copied from a news page: a section label before the headline is skipped,
// one standing alone is reported, and the paragraph after the headline is the standfirst
// when it reads as one. The founding article itself is a golden test (golden_samples_test).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "read_draft.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::ReadDraft;
using testing_support::run_in;
using testing_support::TempTree;
using Texts = std::vector<std::string>;
using Kinds = std::vector<InputProblemKind>;

ReadDraft plain(std::string text) {
  return ReadDraft(std::move(text), InputFormat::plain_text);
}

const std::string kBodyFr =
    "La Commission européenne a déclaré lundi que l'Union prenait « très au sérieux » les "
    "fausses vidéos générées par Grok. Une enquête est ouverte. Le réseau X a répondu. Il a "
    "promis des correctifs.";

TEST(PlainTextReader, ASectionLabelBeforeTheHeadlineIsSkipped) {
  const auto draft = plain(
      "High-tech\n\nL'UE ne « prend pas très au sérieux » les vidéos de Grok\n\n" + kBodyFr + "\n");
  EXPECT_EQ(draft.headline(), "L'UE ne « prend pas très au sérieux » les vidéos de Grok");
  EXPECT_EQ(draft.body(), Texts{kBodyFr});
  EXPECT_EQ(draft.source_of("« prend"), "3:9-3:16");
  EXPECT_TRUE(draft.problems().empty());
}

TEST(PlainTextReader, AnEnglishSectionLabelIsSkippedToo) {
  const auto draft = plain(
      "World news\n\nMayor says tram line \"will open in spring\"\n\n"
      "The mayor told the council the line \"will open in spring\". Work starts in March. "
      "Two stations are finished. The others are late.\n");
  EXPECT_EQ(draft.headline(), "Mayor says tram line \"will open in spring\"");
  EXPECT_EQ(draft.body().size(), 1u);
}

TEST(PlainTextReader, AHeadlineEndingOnAnAbbreviationOrAnEllipsisFollowsALabel) {
  // A final dot that closes "U.S." or an ellipsis is no full stop: the line is a headline.
  const auto english = plain(
      "Business\n\nCarmaker to build its trucks in the U.S.\n\n"
      "The group said on Monday it would open a plant in Ohio. Hiring starts in May.\n\n"
      "Two thousand jobs are planned.\n");
  EXPECT_EQ(english.headline(), "Carmaker to build its trucks in the U.S.");
  EXPECT_TRUE(english.problems().empty());
  const auto french = plain("Économie\n\nVacances : le budget des ménages revu à la baisse...\n\n" +
                            kBodyFr + "\n");
  EXPECT_EQ(french.headline(), "Vacances : le budget des ménages revu à la baisse...");
  EXPECT_TRUE(french.problems().empty());
  // A sentence ending on its full stop still does not read as a headline after a label.
  const auto sentence =
      plain("Économie\n\nLe budget des ménages baisse cet été.\n\n" + kBodyFr + "\n");
  EXPECT_EQ(sentence.problems(), Kinds{InputProblemKind::section_label_headline});
}

TEST(PlainTextReader, AOneLineHeadlineWithoutFinalPunctuationStaysTheHeadline) {
  const auto french = plain("Le Sénat adopte la réforme des retraites\n\n" + kBodyFr + "\n");
  EXPECT_EQ(french.headline(), "Le Sénat adopte la réforme des retraites");
  EXPECT_EQ(french.body(), Texts{kBodyFr});
  EXPECT_TRUE(french.problems().empty());
  const auto english = plain(
      "Council approves new tram line\n\nThe city council approved the line on Thursday.\n\n"
      "Work starts in March.\n");
  EXPECT_EQ(english.headline(), "Council approves new tram line");
}

TEST(PlainTextReader, AThreeWordHeadlineIsNoSectionLabel) {
  const auto french = plain("Le maire démissionne\n\n" + kBodyFr + "\n");
  EXPECT_EQ(french.headline(), "Le maire démissionne");
  EXPECT_TRUE(french.problems().empty());
  const auto english = plain("Rovers 2-2 United\n\nA late goal saved the visitors.\n");
  EXPECT_EQ(english.headline(), "Rovers 2-2 United");
}

TEST(PlainTextReader, AShortLineBeforeABodyParagraphIsALabelNotAHeadline) {
  const auto draft = plain("High-tech\n\n" + kBodyFr + "\n\nSuite de l'article.\n");
  EXPECT_EQ(draft.headline(), "");
  EXPECT_EQ(draft.body(), (Texts{kBodyFr, "Suite de l'article."}));
  ASSERT_EQ(draft.problems(), Kinds{InputProblemKind::section_label_headline});
  EXPECT_EQ(draft.file_span(draft.result().problems[0].span), "1:1-1:10");
}

TEST(PlainTextReader, ASectionLabelAloneIsAVisibleWarningInBothLanguages) {
  TempTree tree;
  tree.write("fr.txt", "High-tech\n\n" + kBodyFr + "\n");
  tree.write("en.txt",
             "Technology\n\nThe Commission said on Monday that it was looking at the videos.\n");
  const auto result = run_in(tree.path(), "lint --no-color fr.txt en.txt");
  EXPECT_NE(result.out.find("fr.txt:1:1: warning: seule une rubrique précède le texte, pas un "
                            "titre : le titre n'est pas vérifié [input.no-headline]"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("en.txt:1:1: warning: only a section label stands before the text, "
                            "not a headline: no headline is checked [input.no-headline]"),
            std::string::npos)
      << result.out;
}

TEST(PlainTextReader, TheParagraphAfterTheHeadlineIsTheStandfirstWhenItReadsAsOne) {
  const auto draft = plain(
      "Grok : l'UE « ne prend pas » les vidéos au sérieux\n\n"
      "La Commission a réagi lundi. Elle promet une enquête.\n\n" +
      kBodyFr + "\n");
  EXPECT_EQ(draft.standfirst(), "La Commission a réagi lundi. Elle promet une enquête.");
  EXPECT_EQ(draft.body(), Texts{kBodyFr});
  EXPECT_EQ(draft.source_of("Elle promet"), "3:30-3:41");
}

TEST(PlainTextReader, ABodyParagraphIsNotAStandfirst) {
  // Four sentences: body copy, not a standfirst.
  const auto long_one = plain("Titre de l'article\n\n" + kBodyFr + "\n\nSuite.\n");
  EXPECT_EQ(long_one.standfirst(), "");
  EXPECT_EQ(long_one.body(), (Texts{kBodyFr, "Suite."}));
  // Hard-wrapped lines, as newswires send them.
  const auto wrapped = plain(
      "COMPANY APPROVES STOCK SPLIT\n\nChampion Products said its\nboard approved a split.\n\n"
      "The company also said more.\n");
  EXPECT_EQ(wrapped.standfirst(), "");
  EXPECT_EQ(wrapped.body().front(), "Champion Products said its\nboard approved a split.");
  // Nothing after it: it is the body.
  const auto alone = plain("Council approves new tram line\n\nThe council voted on Thursday.\n");
  EXPECT_EQ(alone.standfirst(), "");
  EXPECT_EQ(alone.body(), Texts{"The council voted on Thursday."});
}

TEST(PlainTextReader, TheFirstLineIsTheHeadlineEvenWithoutABlankLineAfterIt) {
  const auto draft = plain("\n\n  Le titre  \nLa première ligne du corps.\nLa suite.\n");
  EXPECT_EQ(draft.headline(), "Le titre");
  EXPECT_EQ(draft.body(), Texts{"La première ligne du corps.\nLa suite."});
  EXPECT_EQ(draft.source_of("Le titre"), "3:3-3:11");
  EXPECT_EQ(draft.source_of("suite"), "5:4-5:9");
}

TEST(PlainTextReader, FrontMatterGivesTheHeadlineAndTheTextIsAllBody) {
  const auto draft = plain("---\ntitle: Le titre\n---\nRubrique\n\nUn paragraphe.\n");
  EXPECT_EQ(draft.headline(), "Le titre");
  EXPECT_EQ(draft.body(), (Texts{"Rubrique", "Un paragraphe."}));
}

TEST(ReaderFormat, ExtensionsCountInAnyCase) {
  EXPECT_EQ(format_for_path("a/draft.MD"), InputFormat::markdown);
  EXPECT_EQ(format_for_path("draft.Markdown"), InputFormat::markdown);
  EXPECT_EQ(format_for_path("page.HTML"), InputFormat::html);
  EXPECT_EQ(format_for_path("page.Htm"), InputFormat::html);
  EXPECT_EQ(format_for_path("copy.TXT"), InputFormat::plain_text);
  EXPECT_EQ(format_for_path("story.JSON"), InputFormat::ninjs);
  EXPECT_EQ(format_for_path("notes.md/draft"), InputFormat::sniff);
  EXPECT_EQ(format_for_path("<stdin>"), InputFormat::sniff);
}

TEST(ReaderFormat, UnknownExtensionsAreSniffed) {
  const ReadDraft markdown("Intro.\n\n# Le titre\n\n*Corps.*\n", InputFormat::sniff);
  EXPECT_EQ(markdown.headline(), "Le titre");
  EXPECT_EQ(markdown.body(), (Texts{"Intro.", "Corps."}));
  const ReadDraft text("Le titre de l'article\n\n*Corps.*\n", InputFormat::sniff);
  EXPECT_EQ(text.headline(), "Le titre de l'article");
  EXPECT_EQ(text.body(), Texts{"*Corps.*"});
}

TEST(ReaderFormat, UpperCaseMarkdownIsReadAsMarkdown) {
  TempTree tree;
  tree.write("DRAFT.MD",
             "Intro.\n\n# EU \"not taking very seriously\" fake videos\n\n"
             "The EU takes them \"very seriously\", a spokesman said.\n");
  const auto result = run_in(tree.path(), "lint --format github DRAFT.MD");
  EXPECT_NE(result.out.find("::error file=DRAFT.MD,line=3,col=6,"), std::string::npos)
      << result.out;
}

}  // namespace
}  // namespace presscheck
