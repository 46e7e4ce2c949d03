// Markdown drafts through md4c: which heading is the headline, what is prose and what is
// not (code, HTML, link destinations, images), markup removed, entities decoded, and every
// byte of the text mapped to the line and column it came from.
#include <gtest/gtest.h>

#include <chrono>
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

ReadDraft markdown(std::string text) {
  return ReadDraft(std::move(text), InputFormat::markdown);
}

TEST(MarkdownReader, AnAtxHeadingIsTheHeadline) {
  const auto draft =
      markdown("# L'UE ne « prend pas très au sérieux » les vidéos\n\nLe corps du texte.\n");
  EXPECT_EQ(draft.headline(), "L'UE ne « prend pas très au sérieux » les vidéos");
  EXPECT_EQ(draft.body(), (Texts{"Le corps du texte."}));
  EXPECT_EQ(draft.source_of("« prend pas très au sérieux »"), "1:11-1:40");
  EXPECT_EQ(draft.source_of("corps"), "3:4-3:9");
  EXPECT_TRUE(draft.problems().empty());
}

TEST(MarkdownReader, ASetextHeadingIsTheHeadlineAndALevelTwoOneIsBody) {
  const auto draft = markdown(
      "EU \"not taking very seriously\"\nfake videos\n===\n\nBrussels reacts\n---\n\nBody.\n");
  EXPECT_EQ(draft.headline(), "EU \"not taking very seriously\" fake videos");
  EXPECT_EQ(draft.body(), (Texts{"Brussels reacts", "Body."}));
  // The line break inside the heading reads as a space standing for the break itself.
  EXPECT_EQ(draft.source_of("\" fake"), "1:30-2:5");
  EXPECT_EQ(draft.source_of("fake"), "2:1-2:5");
}

TEST(MarkdownReader, AHashLineInACodeFenceIsNoHeading) {
  const auto draft = markdown(
      "```\n# Le ministre « ne viendra pas »\n```\n\n~~~\n# nor this\n~~~\n\n# Le vrai titre\n\n"
      "Corps.\n");
  EXPECT_EQ(draft.headline(), "Le vrai titre");
  EXPECT_EQ(draft.body(), (Texts{"Corps."}));
}

TEST(MarkdownReader, ADraftWhoseOnlyHeadingIsInAFenceHasNoHeadline) {
  const auto draft = markdown("Intro.\n\n```\n# Not the headline\n```\n");
  EXPECT_EQ(draft.headline(), "");
  EXPECT_EQ(draft.body(), (Texts{"Intro."}));
  ASSERT_EQ(draft.problems(), Kinds{InputProblemKind::no_headline});
  EXPECT_EQ(draft.file_span(draft.result().problems[0].span), "1:1-1:1");
}

TEST(MarkdownReader, IndentedCodeIsNotText) {
  const auto draft =
      markdown("# Title\n\nBefore the code.\n\n    print(\"not a quote\")\n\nAfter the code.\n");
  EXPECT_EQ(draft.body(), (Texts{"Before the code.", "After the code."}));
}

TEST(MarkdownReader, InlineCodeIsNotText) {
  const auto draft = markdown("# Titre\n\nLancez `grep \"pas sérieux\"` puis relisez.\n");
  EXPECT_EQ(draft.body(), (Texts{"Lancez  puis relisez."}));
  EXPECT_EQ(draft.source_of("puis"), "3:29-3:33");
}

TEST(MarkdownReader, ALinkIsItsTextNotItsDestinationNorTitle) {
  const auto draft = markdown(
      "# Title\n\nSee [the statement](https://example.org/?q=\"very+seriously\" "
      "'Commission: \"very seriously\"') of Monday.\n");
  EXPECT_EQ(draft.body(), (Texts{"See the statement of Monday."}));
  EXPECT_EQ(draft.source_of("statement"), "3:10-3:19");
  EXPECT_EQ(draft.source_of("Monday"), "3:96-3:102");
}

TEST(MarkdownReader, ALinkWhoseUrlHoldsQuotesGivesNoBodyQuote) {
  // The headline's quote is nowhere in the article: the URL's quoted words do not count,
  // so there is no negation to report, only the missing quote.
  TempTree tree;
  tree.write("a.md",
             "# EU \"not taking very seriously\" fake videos\n\n"
             "The Commission [replied](https://example.org/search?q=\"very+seriously\") on "
             "Monday.\n");
  const auto result = run_in(tree.path(), "lint --format github a.md");
  EXPECT_EQ(result.out,
            "::warning file=a.md,line=1,col=6,endLine=1,endColumn=32,title=quote.not-in-body::"
            "the headline quote \"not taking very seriously\" appears nowhere in the article\n");
}

TEST(MarkdownReader, AnImageIsNotText) {
  const auto draft = markdown(
      "# Titre\n\n![Le ministre « ne viendra pas »](photo.jpg \"Légende\")\n\n"
      "Avant ![alt](x.png) après.\n");
  EXPECT_EQ(draft.body(), (Texts{"Avant  après."}));
}

TEST(MarkdownReader, HtmlAndCommentsAreNotText) {
  const auto draft = markdown(
      "<!-- presscheck-disable-next-line headline.negated-quote -->\n# Titre\n\n"
      "<div class=\"encadré\">\n<p>« ne viendra pas »</p>\n</div>\n\n"
      "Un <span title=\"« non »\">mot</span> <!-- « jamais » --> ici.\n");
  EXPECT_EQ(draft.headline(), "Titre");
  EXPECT_EQ(draft.body(), (Texts{"Un mot  ici."}));
  EXPECT_EQ(draft.source_of("mot"), "8:26-8:29");
}

TEST(MarkdownReader, SuppressionCommentsStillWork) {
  TempTree tree;
  tree.write("a.md",
             "<!-- presscheck-disable-next-line headline.negated-quote -->\n"
             "# L'UE ne « prend pas très au sérieux » les vidéos\n\n"
             "La Commission a dit qu'elle prenait « très au sérieux » ces vidéos.\n");
  EXPECT_EQ(run_in(tree.path(), "lint --format github a.md").out, "");
  tree.write("a.md",
             "# L'UE ne « prend pas très au sérieux » les vidéos\n\n"
             "La Commission a dit qu'elle prenait « très au sérieux » ces vidéos.\n");
  EXPECT_EQ(run_in(tree.path(), "lint --format github a.md").out,
            "::error file=a.md,line=1,col=8,endLine=1,endColumn=39,"
            "title=headline.negated-quote::le titre met à la forme négative la citation « prend "
            "pas très au sérieux », que le corps rapporte à la forme affirmative%0A3:39: le "
            "corps cite « très au sérieux »\n");
}

TEST(MarkdownReader, EmphasisMarkersAreRemoved) {
  const auto draft = markdown("# L'UE ne *« prend pas »* **très** _au_ __sérieux__\n\nCorps.\n");
  EXPECT_EQ(draft.headline(), "L'UE ne « prend pas » très au sérieux");
  EXPECT_EQ(draft.source_of("très"), "1:29-1:33");
  EXPECT_EQ(draft.source_of("sérieux"), "1:43-1:50");
}

TEST(MarkdownReader, BackslashEscapesAreRemoved) {
  const auto draft =
      markdown("# Title\n\nA \\*starred\\* word, \\# and \\[brackets\\] cost 5 \\$.\n");
  EXPECT_EQ(draft.body(), (Texts{"A *starred* word, # and [brackets] cost 5 $."}));
  EXPECT_EQ(draft.source_of("*starred*"), "3:4-3:14");
}

TEST(MarkdownReader, EntitiesAreDecodedWithTheHtml5Table) {
  const auto draft = markdown(
      "# Titre\n\n&laquo;&nbsp;Oui&nbsp;&raquo;, a dit l&rsquo;&eacute;lu &#233; &#x201C;x&#x201D;"
      "&ThinSpace;&Nacute; &#0; &bogus; &notit;\n");
  EXPECT_EQ(draft.body(), (Texts{"«\u00A0Oui\u00A0», a dit l’élu é “x”\u2009Ń \uFFFD "
                                 "&bogus; &notit;"}));
  EXPECT_EQ(draft.source_of("é"), "3:46-3:54");  // the whole &eacute;
  EXPECT_EQ(draft.source_of("Oui"), "3:14-3:17");
}

TEST(MarkdownReader, ListItemsAreBlocks) {
  const auto draft = markdown(
      "# Title\n\n- first point\n- second \"point\"\n  - nested\n\n1. one\n\n2. two\n   "
      "continued\n");
  EXPECT_EQ(draft.body(),
            (Texts{"first point", "second \"point\"", "nested", "one", "two continued"}));
  EXPECT_EQ(draft.source_of("continued"), "10:4-10:13");
}

TEST(MarkdownReader, BlockQuotesAreBlocksAndTheirHeadingsNotTheHeadline) {
  const auto draft =
      markdown("> # Cité\n>\n> Il a dit « oui ».\n> Puis il est parti.\n\n# Titre\n");
  EXPECT_EQ(draft.headline(), "Titre");
  EXPECT_EQ(draft.body(), (Texts{"Cité", "Il a dit « oui ». Puis il est parti."}));
  EXPECT_EQ(draft.source_of("Puis"), "4:3-4:7");
}

TEST(MarkdownReader, TableCellsAreBlocks) {
  const auto draft = markdown("# Title\n\n| Year | Fine |\n|---|---|\n| 2025 | €120 million |\n");
  EXPECT_EQ(draft.body(), (Texts{"Year", "Fine", "2025", "€120 million"}));
  EXPECT_EQ(draft.source_of("€120"), "5:10-5:14");
}

TEST(MarkdownReader, LaterHeadingsAreBody) {
  const auto draft = markdown("# Titre\n\nCorps.\n\n# Autre titre\n\n## Intertitre\n");
  EXPECT_EQ(draft.headline(), "Titre");
  EXPECT_EQ(draft.body(), (Texts{"Corps.", "Autre titre", "Intertitre"}));
}

TEST(MarkdownReader, TheFrontMatterTitleIsTheHeadlineAndHeadingsAreBody) {
  const auto draft = markdown(
      "---\ntitle: Le titre de l'article\nstandfirst: Le chapô.\ndate: 2026-01-05\n"
      "lang: fr\n---\n\n# Pas le titre\n\nCorps.\n");
  EXPECT_EQ(draft.headline(), "Le titre de l'article");
  EXPECT_EQ(draft.standfirst(), "Le chapô.");
  EXPECT_EQ(draft.body(), (Texts{"Pas le titre", "Corps."}));
  EXPECT_EQ(draft.source_of("Le titre de l'article"), "2:8-2:29");
  EXPECT_EQ(draft.source_of("Corps"), "10:1-10:6");
  EXPECT_EQ(draft.result().declared_lang, Lang::fr);
  ASSERT_TRUE(draft.result().document.date.has_value());
}

TEST(MarkdownReader, AnEscapedFrontMatterTitleMapsEachCharacterToItsEscape) {
  const auto draft = markdown(
      "---\ntitle: \"L'UE ne \\u00ab prend pas \\u00bb les vid\\u00e9os\"\n---\n\nCorps.\n");
  EXPECT_EQ(draft.headline(), "L'UE ne « prend pas » les vidéos");
  EXPECT_EQ(draft.source_of("« prend pas »"), "2:17-2:40");
  EXPECT_EQ(draft.source_of("vidéos"), "2:45-2:56");
}

TEST(MarkdownReader, ABrokenFrontMatterIsReportedAndTheBodyStillRead) {
  const auto draft =
      markdown("---\ntitle: \"Titre jamais fermé\nlang: fr\n---\n\n# Le titre\n\nCorps.\n");
  ASSERT_EQ(draft.problems(), Kinds{InputProblemKind::bad_front_matter});
  EXPECT_FALSE(draft.result().problems[0].detail.empty());
  EXPECT_EQ(draft.headline(), "Le titre");
  EXPECT_EQ(draft.body(), Texts{"Corps."});
}

TEST(MarkdownReader, AFrontMatterWithoutTitleLeavesTheHeadingAsHeadline) {
  const auto draft = markdown("---\nlang: en\n---\n\n# The heading\n\nBody.\n");
  EXPECT_EQ(draft.headline(), "The heading");
  EXPECT_EQ(draft.body(), (Texts{"Body."}));
}

TEST(MarkdownReader, AHeadlessDraftIsReportedWhereItsBodyStarts) {
  const auto draft = markdown("---\nlang: en\n---\n\nJust a paragraph.\n");
  EXPECT_EQ(draft.headline(), "");
  ASSERT_EQ(draft.problems(), Kinds{InputProblemKind::no_headline});
  EXPECT_EQ(draft.file_span(draft.result().problems[0].span), "4:1-4:1");
}

TEST(MarkdownReader, SoftAndHardLineBreaksReadAsSpaces) {
  const auto draft = markdown("# T\n\nUne phrase\r\nsur trois  \nlignes\\\nici.\n");
  EXPECT_EQ(draft.body(), (Texts{"Une phrase sur trois lignes ici."}));
  EXPECT_EQ(draft.source_of(" sur"), "3:11-4:4");
  EXPECT_EQ(draft.source_of("ici"), "6:1-6:4");
}

TEST(MarkdownReader, ANulByteReadsAsAReplacementCharacter) {
  std::string text = "# T\n\n" + std::string(9000, 'x') + "\n\na";
  text += '\0';
  text += "b\n";
  const auto draft = markdown(text);
  EXPECT_EQ(draft.body().back(), "a\uFFFDb");
  EXPECT_EQ(draft.source_of("\uFFFD"), "5:2-5:3");
}

TEST(MarkdownReader, HostileNestingIsReadQuickly) {
  const std::string hostile = "# T\n\n" + std::string(100000, '[') + std::string(100000, '>') +
                              "\n\n" + std::string(20000, '*') + "x\n";
  const auto start = std::chrono::steady_clock::now();
  const auto draft = markdown(hostile);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(draft.headline(), "T");
  EXPECT_LT(elapsed, std::chrono::seconds(2));
}

}  // namespace
}  // namespace presscheck
