// Inline suppressions: each form hides exactly what it names where it stands, and a
// suppression that hides nothing is reported as suppression.unused.
#include <gtest/gtest.h>

#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::run_in;
using testing_support::TempTree;

// A headline quote the body never gives: one quote.not-in-body finding at 2:17.
const std::string kHeadline = "# Minister vows \"no new taxes\" and \"a fair budget\"\n";
const std::string kBody =
    "\nThe minister spoke on Monday about the budget and promised \"a fair budget\" again.\n";
const std::string kFinding =
    "::warning file=a.md,line=2,col=17,endLine=2,endColumn=30,title=quote.not-in-body::the "
    "headline quote \"no new taxes\" appears nowhere in the article\n";

std::string lint(const std::string& draft, const std::string& config = "") {
  TempTree tree;
  tree.write("a.md", draft);
  if (!config.empty())
    tree.write(".presscheck.toml", config);
  return run_in(tree.path(), "lint --format github a.md").out;
}

TEST(Suppression, WithoutOneTheFindingIsReported) {
  EXPECT_EQ(lint("\n" + kHeadline + kBody), kFinding);
}

TEST(Suppression, DisableNextLineHidesTheFollowingLine) {
  EXPECT_EQ(lint("<!-- presscheck-disable-next-line quote.not-in-body -- from the release -->\n" +
                 kHeadline + kBody),
            "");
}

TEST(Suppression, DisableNextLineReachesNoFurther) {
  const auto out =
      lint("<!-- presscheck-disable-next-line quote.not-in-body -->\n\n" + kHeadline + kBody);
  EXPECT_EQ(out,
            "::warning file=a.md,line=1,col=1,endLine=1,endColumn=55,title=suppression.unused::"
            "the suppression of quote.not-in-body hides no finding: remove it\n"
            "::warning file=a.md,line=3,col=17,endLine=3,endColumn=30,title=quote.not-in-body::"
            "the headline quote \"no new taxes\" appears nowhere in the article\n");
}

TEST(Suppression, DisableUntilEnable) {
  EXPECT_EQ(lint("<!-- presscheck-disable quote.not-in-body -->\n" + kHeadline +
                 "<!-- presscheck-enable -->\n" + kBody),
            "");
}

TEST(Suppression, EnableEndsTheRegion) {
  const auto out = lint(
      "<!-- presscheck-disable quote.not-in-body -->\n"
      "<!-- presscheck-enable quote.not-in-body -->\n" +
      kHeadline + kBody);
  EXPECT_EQ(out,
            "::warning file=a.md,line=1,col=1,endLine=1,endColumn=45,title=suppression.unused::"
            "the suppression of quote.not-in-body hides no finding: remove it\n"
            "::warning file=a.md,line=3,col=17,endLine=3,endColumn=30,title=quote.not-in-body::"
            "the headline quote \"no new taxes\" appears nowhere in the article\n");
}

TEST(Suppression, DisableWithoutEnableRunsToTheEnd) {
  EXPECT_EQ(lint("<!-- presscheck-disable -->\n" + kHeadline + kBody), "");
}

TEST(Suppression, EachNamedRuleMustHideSomething) {
  const auto out = lint(
      "<!-- presscheck-disable-next-line headline.negated-quote, "
      "quote.not-in-body -->\n" +
      kHeadline + kBody);
  EXPECT_EQ(out,
            "::warning file=a.md,line=1,col=1,endLine=1,endColumn=79,title=suppression.unused::"
            "the suppression of headline.negated-quote hides no finding: remove it\n");
}

TEST(Suppression, AnUnknownRuleIsNamedAsSuch) {
  const auto out =
      lint("<!-- presscheck-disable-next-line quote.not-in-bodi -->\n" + kHeadline + kBody);
  EXPECT_EQ(out,
            "::warning file=a.md,line=1,col=1,endLine=1,endColumn=55,title=suppression.unused::"
            "unknown rule `quote.not-in-bodi`: this suppression hides nothing (see `presscheck "
            "rules list`)\n" +
                std::string("::warning file=a.md,line=2,col=17,endLine=2,endColumn=30,"
                            "title=quote.not-in-body::the headline quote \"no new taxes\" "
                            "appears nowhere in the article\n"));
}

TEST(Suppression, FrontMatterTakesYamlComments) {
  const std::string draft =
      "---\n"
      "# presscheck-disable-next-line quote.not-in-body -- the title quotes the release\n"
      "title: 'Minister vows \"no new taxes\"'\n"
      "# presscheck-disable headline.negated-quote\n"
      "---\n" +
      kBody;
  EXPECT_EQ(lint(draft),
            "::warning file=a.md,line=4,col=1,endLine=4,endColumn=43,title=suppression.unused::"
            "the suppression of headline.negated-quote hides no finding: remove it\n");
}

TEST(Suppression, TomlFrontMatterTakesCommentsToo) {
  const std::string draft =
      "+++\n"
      "title = 'Minister vows \"a fair budget\"'\n"
      "# presscheck-disable headline.negated-quote -- checked by the desk\n"
      "+++\n" +
      kBody;
  EXPECT_NE(lint(draft).find("::warning file=a.md,line=3,col=1,endLine=3,endColumn=66,"
                             "title=suppression.unused::the suppression of headline.negated-quote "
                             "hides no finding: remove it\n"),
            std::string::npos);
}

TEST(Suppression, UnusedIsWordedInTheDraftsLanguageAndNeverFails) {
  TempTree tree;
  tree.write("a.md", "---\nlang: fr\n---\n<!-- presscheck-disable -->\n# Titre\n\nTexte.\n");
  const auto result = run_in(tree.path(), "lint --format github a.md");
  EXPECT_EQ(result.out,
            "::warning file=a.md,line=4,col=1,endLine=4,endColumn=27,title=suppression.unused::"
            "cette suppression ne masque aucun constat : retirez-la\n");
  EXPECT_EQ(result.exit_code, 0);
}

TEST(Suppression, TheConfigurationCanTurnUnusedOff) {
  EXPECT_EQ(lint("<!-- presscheck-disable headline.negated-quote -->\n# Titre\n\nTexte.\n",
                 "[rules]\n\"suppression.unused\" = \"off\"\n"),
            "");
}

}  // namespace
}  // namespace presscheck
