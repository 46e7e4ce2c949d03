// IPTC ninjs drafts, 1.x and 2.x: the fields presscheck reads, and positions mapped through
// JSON escapes to the line and column of the file.
#include <gtest/gtest.h>

#include "input/reader.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::run_in;
using testing_support::TempTree;

// The parts a draft is read into, one a line: "headline: …", "standfirst: …", "body: …".
std::vector<std::string> parts_of(const std::string& json) {
  const ReadResult result = read_document("story.json", json, InputFormat::ninjs);
  std::vector<std::string> parts;
  for (const Block& block : result.document.blocks) {
    const char* name = block.part == Part::headline     ? "headline: "
                       : block.part == Part::standfirst ? "standfirst: "
                                                        : "body: ";
    parts.push_back(name + std::string(result.document.slice(block.span)));
  }
  return parts;
}

using Parts = std::vector<std::string>;

const std::string kStory = R"({
  "uri": "urn:newsml:example.org:2026:grok",
  "language": "en-GB",
  "versioncreated": "2026-01-05T10:00:00Z",
  "headline": "EU \u201cnot taking very seriously\u201d fake videos made by Grok",
  "description_text": "Brussels reacts.",
  "body_text": "On Monday a spokesperson said the Union was taking the videos \"very seriously\".\n\nA second paragraph."
}
)";

TEST(NinjsInput, PositionsMapThroughEscapes) {
  TempTree tree;
  tree.write("story.json", kStory);
  const auto result = run_in(tree.path(), "lint --format github story.json");
  // The headline quote runs from the \u201c escape (5:19) to the last character of the
  // \u201d escape (5:55); the body's quoted words start after the \" escape (7:81).
  EXPECT_EQ(result.out,
            "::error file=story.json,line=5,col=19,endLine=5,endColumn=55,"
            "title=headline.negated-quote::the headline negates the quote \"not taking very "
            "seriously\", which the body reports without a negation%0A7:81: the body quotes "
            "\"very seriously\"\n");
  EXPECT_EQ(result.exit_code, 1);
}

TEST(NinjsInput, ReadsLanguageHeadlineAndStandfirst) {
  TempTree tree;
  tree.write("story.ninjs", kStory);
  const auto out = run_in(tree.path(), "lint --format json story.ninjs").out;
  EXPECT_NE(out.find("\"lang\":\"en\",\"headline\":\"EU “not taking very seriously” fake videos "
                     "made by Grok\""),
            std::string::npos)
      << out;
}

TEST(NinjsInput, BodyHtmlIsReadAsHtmlInsideTheString) {
  TempTree tree;
  tree.write("story.json",
             "{\"headline\": \"Le ministre \\u00ab ne prend pas tr\\u00e8s au s\\u00e9rieux "
             "\\u00bb\",\n \"language\": \"fr\",\n \"body_html\": \"<p class=\\\"x\\\">Il "
             "prend l'affaire &laquo; tr\\u00e8s au s\\u00e9rieux &raquo;.</p>\"}\n");
  const auto result = run_in(tree.path(), "lint --format github story.json");
  EXPECT_EQ(result.out,
            "::error file=story.json,line=1,col=27,endLine=1,endColumn=78,"
            "title=headline.negated-quote::le titre met à la forme négative la citation « ne "
            "prend pas très au sérieux », que le corps rapporte à la forme affirmative%0A3:58: "
            "le corps cite « très au sérieux »\n");
}

TEST(NinjsInput, InvalidJsonIsReportedWhereItBreaks) {
  TempTree tree;
  tree.write("story.json", "{\n  \"headline\": \"x\",\n  oops\n}\n");
  const auto result = run_in(tree.path(), "lint --format github story.json");
  EXPECT_EQ(result.out,
            "::error file=story.json,line=3,col=3,endLine=3,endColumn=3,title=input.bad-ninjs::"
            "not a ninjs document: the JSON does not parse (the JSON document has an improper "
            "structure: missing or superfluous commas, braces, missing keys, etc.); the file was "
            "not checked\n");
  EXPECT_EQ(result.exit_code, 1);
}

TEST(NinjsInput, TheParsersReasonIsQuotedInAFrenchMessage) {
  TempTree tree;
  tree.write("recit.json",
             "{\"headline\": \"Titre\",\n \"body_text\": \"Texte\" \"language\": \"fr\"}\n");
  const auto result = run_in(tree.path(), "lint --lang fr --format github recit.json");
  EXPECT_EQ(result.out,
            "::error file=recit.json,line=2,col=23,endLine=2,endColumn=23,title=input.bad-ninjs::"
            "ce n'est pas un document ninjs : le JSON ne se lit pas (the JSON document has an "
            "improper structure: missing or superfluous commas, braces, missing keys, etc.) ; le "
            "fichier n'est pas vérifié\n");
  EXPECT_EQ(result.exit_code, 1);
}

TEST(NinjsInput, AJsonArrayIsNotANinjsDocument) {
  TempTree tree;
  tree.write("story.json", "[1, 2]\n");
  tree.write("package.json", "\n  {\"name\": \"site\", \"version\": \"1.0.0\"}\n");
  EXPECT_EQ(run_in(tree.path(), "lint --format github story.json package.json").out,
            "::error file=package.json,line=2,col=3,endLine=2,endColumn=3,title=input.bad-ninjs::"
            "not a ninjs document: a JSON object with ninjs fields (uri, headline or headlines, "
            "body_text or bodies…) is expected; the file was not checked\n"
            "::error file=story.json,line=1,col=1,endLine=1,endColumn=1,title=input.bad-ninjs::"
            "not a ninjs document: a JSON object with ninjs fields (uri, headline or headlines, "
            "body_text or bodies…) is expected; the file was not checked\n");
}

// The English story of kStory in ninjs 2.x: the same parts, from the arrays and their roles.
const std::string kStory2 = R"({
  "uri": "urn:newsml:example.org:2026:grok",
  "language": "en-GB",
  "versioncreated": "2026-01-05T10:00:00Z",
  "headlines": [
    {"role": "sub", "value": "Brussels reacts."},
    {"role": "main", "value": "EU \u201cnot taking very seriously\u201d fake videos made by Grok"}
  ],
  "bodies": [
    {"role": "main", "contenttype": "text/plain", "value": "On Monday a spokesperson said the Union was taking the videos \"very seriously\".\n\nA second paragraph."}
  ],
  "urgency": 1e999
}
)";

TEST(NinjsInput, ReadsTheSamePartsFrom1xAnd2x) {
  const Parts expected = {
      "headline: EU “not taking very seriously” fake videos made by Grok",
      "standfirst: Brussels reacts.",
      "body: On Monday a spokesperson said the Union was taking the videos \"very seriously\".",
      "body: A second paragraph."};
  EXPECT_EQ(parts_of(kStory), expected);
  EXPECT_EQ(parts_of(kStory2), expected);
  for (const std::string& story : {kStory, kStory2}) {
    const ReadResult result = read_document("story.json", story, InputFormat::ninjs);
    EXPECT_EQ(result.declared_lang, Lang::en);
    ASSERT_TRUE(result.document.date.has_value());
    EXPECT_EQ(result.document.date->iso(), "2026-01-05");
  }
}

TEST(NinjsInput, FirstCreatedDatesADraftWithoutVersionCreated) {
  const ReadResult result = read_document(
      "story.json",
      R"({"uri": "x", "firstcreated": "2025-12-31T23:00:00Z", "headline": "Titre", "language": "fr"})",
      InputFormat::ninjs);
  ASSERT_TRUE(result.document.date.has_value());
  EXPECT_EQ(result.document.date->iso(), "2025-12-31");
  EXPECT_EQ(result.declared_lang, Lang::fr);
}

TEST(NinjsInput, Version2PositionsMapThroughEscapes) {
  TempTree tree;
  tree.write("story.json", kStory2);
  const auto result = run_in(tree.path(), "lint --format github story.json");
  EXPECT_EQ(result.out,
            "::error file=story.json,line=7,col=35,endLine=7,endColumn=71,"
            "title=headline.negated-quote::the headline negates the quote \"not taking very "
            "seriously\", which the body reports without a negation%0A10:125: the body quotes "
            "\"very seriously\"\n");
  EXPECT_EQ(result.exit_code, 1);
}

// French, ninjs 2.x: an HTML body, a description as the standfirst, and the headline and
// body quotes written as \u00ab…\u00bb escapes.
const std::string kRecit2 = R"({
  "uri": "urn:newsml:example.fr:2026:grok",
  "language": "fr-FR",
  "versioncreated": "2026-01-05T10:00:00+01:00",
  "headlines": [{"value": "Grok : l'UE \u00ab ne prend pas tr\u00e8s au s\u00e9rieux \u00bb les vid\u00e9os"}],
  "descriptions": [
    {"role": "seo", "value": "Grok, UE, vid\u00e9os"},
    {"role": "summary", "value": "Bruxelles  r\u00e9agit\n aux vid\u00e9os."}
  ],
  "bodies": [
    {"contenttype": "text/html", "value": "<p>Le porte-parole dit que l'Union prend ces vid\u00e9os &laquo; tr\u00e8s au s\u00e9rieux &raquo;.</p><p>Second paragraphe.</p>"}
  ]
}
)";

TEST(NinjsInput, Version2FrenchWithAnHtmlBody) {
  EXPECT_EQ(parts_of(kRecit2),
            (Parts{"headline: Grok : l'UE « ne prend pas très au sérieux » les vidéos",
                   "standfirst: Bruxelles réagit aux vidéos.",
                   "body: Le porte-parole dit que l'Union prend ces vidéos « très au sérieux ».",
                   "body: Second paragraphe."}));
  TempTree tree;
  tree.write("recit.json", kRecit2);
  const auto result = run_in(tree.path(), "lint --format github recit.json");
  EXPECT_EQ(result.out,
            "::error file=recit.json,line=5,col=40,endLine=5,endColumn=91,"
            "title=headline.negated-quote::le titre met à la forme négative la citation « ne "
            "prend pas très au sérieux », que le corps rapporte à la forme affirmative%0A11:109: "
            "le corps cite « très au sérieux »\n");
}

TEST(NinjsInput, Version2RolesPickTheHeadline) {
  // No "main" headline: any headline but a subheadline is the headline.
  EXPECT_EQ(parts_of(R"({"headlines": [{"role": "subheadline", "value": "Sub"},
                                       {"role": "short", "value": "Short"}],
                        "bodies": [{"value": "<p>Body &amp; more.</p>"}]})"),
            (Parts{"headline: Short", "standfirst: Sub", "body: Body & more."}));
  // A plain text body is read before an HTML one, as body_text before body_html in 1.x.
  EXPECT_EQ(parts_of(R"({"uri": "x", "headlines": [{"role": "default", "value": "H"}],
                        "bodies": [{"contenttype": "text/html", "value": "<p>From HTML.</p>"},
                                   {"contenttype": "text/plain", "value": "From text."}]})"),
            (Parts{"headline: H", "body: From text."}));
}

TEST(NinjsInput, AnEmojiBeforeAQuoteKeepsTheColumns) {
  // U+1F4F0 is a surrogate pair in JSON: twelve characters of the file, one of the headline.
  TempTree tree;
  tree.write("story.json",
             "{\"headline\": \"\\ud83d\\udcf0 EU \\u201cnot taking very seriously\\u201d\",\n"
             " \"body_text\": \"A spokesperson said it was taken \\\"very seriously\\\".\"}\n");
  EXPECT_EQ(run_in(tree.path(), "lint --format github story.json").out,
            "::error file=story.json,line=1,col=31,endLine=1,endColumn=67,"
            "title=headline.negated-quote::the headline negates the quote \"not taking very "
            "seriously\", which the body reports without a negation%0A2:51: the body quotes "
            "\"very seriously\"\n");
}

}  // namespace
}  // namespace presscheck
