// IPTC ninjs drafts: the fields presscheck reads, and positions mapped through JSON escapes
// to the line and column of the file.
#include <gtest/gtest.h>

#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::run_in;
using testing_support::TempTree;

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
            "not a ninjs document: a valid JSON object is expected; the file was not checked\n");
  EXPECT_EQ(result.exit_code, 1);
}

TEST(NinjsInput, AJsonArrayIsNotANinjsDocument) {
  TempTree tree;
  tree.write("story.json", "[1, 2]\n");
  EXPECT_EQ(run_in(tree.path(), "lint --format github story.json").out,
            "::error file=story.json,line=1,col=1,endLine=1,endColumn=1,title=input.bad-ninjs::"
            "not a ninjs document: a valid JSON object is expected; the file was not checked\n");
}

}  // namespace
}  // namespace presscheck
