// .presscheck.toml: discovery from each draft up (the nearest wins), --config, precedence
// of flags, every key, and errors that name the file and line and exit with 2.
#include <gtest/gtest.h>

#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::run_in;
using testing_support::TempTree;

// An empty draft always yields one input.no-headline finding: a handy probe of the
// severity and language a configuration gives.
constexpr const char* kEmpty = "";

TEST(ConfigDiscovery, TheNearestFileWinsForEachDraft) {
  TempTree tree;
  tree.write(".presscheck.toml", "[rules]\n\"input.no-headline\" = \"error\"\n");
  tree.write("sub/.presscheck.toml", "[rules]\n\"input.no-headline\" = \"off\"\n");
  tree.write("a.md", kEmpty);
  tree.write("sub/b.md", kEmpty);
  tree.write("sub/deeper/c.md", kEmpty);
  tree.write("other/d.md", kEmpty);
  const auto result = run_in(tree.path(), "lint --format github a.md sub other");
  EXPECT_EQ(result.out,
            "::error file=a.md,line=1,col=1,endLine=1,endColumn=1,title=input.no-headline::"
            "the file is empty\n"
            "::error file=other/d.md,line=1,col=1,endLine=1,endColumn=1,title=input.no-headline::"
            "the file is empty\n");
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.exit_code, 1);
}

TEST(ConfigDiscovery, WithoutAnyFileTheDefaultsApply) {
  TempTree tree;
  tree.write("a.md", kEmpty);
  const auto result = run_in(tree.path(), "lint --format github a.md");
  EXPECT_EQ(result.out,
            "::warning file=a.md,line=1,col=1,endLine=1,endColumn=1,title=input.no-headline::"
            "the file is empty\n");
  EXPECT_EQ(result.exit_code, 0);
}

TEST(ConfigDiscovery, AnExplicitConfigReplacesDiscovery) {
  TempTree tree;
  tree.write("sub/.presscheck.toml", "[rules]\n\"input.no-headline\" = \"off\"\n");
  tree.write("ci.toml", "lang = \"fr\"\n[rules]\n\"input.no-headline\" = \"error\"\n");
  tree.write("sub/b.md", kEmpty);
  const auto result = run_in(tree.path(), "lint --format github --config ci.toml sub");
  EXPECT_EQ(result.out,
            "::error file=sub/b.md,line=1,col=1,endLine=1,endColumn=1,title=input.no-headline::"
            "le fichier est vide\n");
  EXPECT_EQ(result.exit_code, 1);
}

TEST(ConfigPrecedence, FailLevelFromTheFileAndTheFlagBeatsIt) {
  TempTree tree;
  tree.write(".presscheck.toml", "fail_level = \"warning\"\n");
  tree.write("a.md", kEmpty);
  EXPECT_EQ(run_in(tree.path(), "lint --format github a.md").exit_code, 1);
  EXPECT_EQ(run_in(tree.path(), "lint --format github --fail-level error a.md").exit_code, 0);
}

TEST(ConfigPrecedence, LangFromTheFileAndTheFlagBeatsIt) {
  TempTree tree;
  tree.write(".presscheck.toml", "lang = \"fr\"\n");
  tree.write("a.md", kEmpty);
  EXPECT_EQ(run_in(tree.path(), "lint --format github a.md").out,
            "::warning file=a.md,line=1,col=1,endLine=1,endColumn=1,title=input.no-headline::"
            "le fichier est vide\n");
  EXPECT_EQ(run_in(tree.path(), "lint --format github --lang en a.md").out,
            "::warning file=a.md,line=1,col=1,endLine=1,endColumn=1,title=input.no-headline::"
            "the file is empty\n");
}

TEST(ConfigKeys, FrontMatterKeysNameTheHeadline) {
  TempTree tree;
  const std::string draft = "---\nheadline: Un titre\n---\n\nUn paragraphe.\n";
  tree.write("default/a.md", draft);
  tree.write("custom/.presscheck.toml", "[front_matter]\nheadline = [\"titre\", \"headline\"]\n");
  tree.write("custom/a.md", draft);
  const auto result = run_in(tree.path(), "lint --format github default custom");
  EXPECT_EQ(
      result.out,
      "::warning file=default/a.md,line=4,col=1,endLine=4,endColumn=1,"
      "title=input.no-headline::no headline found (front matter `title` or a `# ` heading)\n");
}

TEST(ConfigKeys, IncludeAndExcludeChooseTheDrafts) {
  TempTree tree;
  tree.write(".presscheck.toml",
             "include = [\"**/*.md\", \"*.draft\"]\nexclude = [\"archive\", \"**/skip-*.md\"]\n");
  tree.write("a.md", kEmpty);
  tree.write("b.txt", kEmpty);
  tree.write("notes/c.draft", kEmpty);
  tree.write("archive/old.md", kEmpty);
  tree.write("notes/skip-me.md", kEmpty);
  const auto result = run_in(tree.path(), "lint --format github .");
  EXPECT_EQ(result.out,
            "::warning file=./a.md,line=1,col=1,endLine=1,endColumn=1,title=input.no-headline::"
            "the file is empty\n"
            "::warning file=./notes/c.draft,line=1,col=1,endLine=1,endColumn=1,"
            "title=input.no-headline::the file is empty\n");
  // Named on the command line, an excluded file stays excluded (pre-commit passes names).
  EXPECT_EQ(run_in(tree.path(), "lint --format github archive/old.md b.txt").out,
            "::warning file=b.txt,line=1,col=1,endLine=1,endColumn=1,title=input.no-headline::"
            "the file is empty\n");
}

TEST(ConfigKeys, IncludeGlobsTakeBracesClassesAndDoubleStars) {
  TempTree tree;
  tree.write(".presscheck.toml",
             "include = [\"articles/**/*.{md,txt}\", \"[0-9][0-9][0-9][0-9]/*.md\"]\n"
             "exclude = [\"articles/[!a-z0-9]*\"]\n");
  tree.write("articles/a.md", kEmpty);
  tree.write("articles/2024/05/b.txt", kEmpty);
  tree.write("articles/c.html", kEmpty);
  tree.write("articles/_brouillon.md", kEmpty);
  tree.write("2024/d.md", kEmpty);
  tree.write("notes/2024/e.md", kEmpty);
  const auto result = run_in(tree.path(), "lint --format github .");
  EXPECT_EQ(result.out,
            "::warning file=./2024/d.md,line=1,col=1,endLine=1,endColumn=1,"
            "title=input.no-headline::the file is empty\n"
            "::warning file=./articles/2024/05/b.txt,line=1,col=1,endLine=1,endColumn=1,"
            "title=input.no-headline::the file is empty\n"
            "::warning file=./articles/a.md,line=1,col=1,endLine=1,endColumn=1,"
            "title=input.no-headline::the file is empty\n");
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.exit_code, 0);
}

TEST(ConfigKeys, AnIncludeThatMatchesNoFileIsReported) {
  TempTree tree;
  tree.write(".presscheck.toml",
             "# newsroom settings\nlang = \"fr\"\n\ninclude = [\"articles/**/*.mdx\"]\n");
  tree.write("articles/a.md", kEmpty);
  const auto result = run_in(tree.path(), "lint articles");
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "presscheck: error: .presscheck.toml:4: `include` matches no file under articles/ "
            "(patterns: \"articles/**/*.mdx\")\n");
  EXPECT_EQ(result.exit_code, 2);
}

TEST(ConfigKeys, AFolderLeftOutByIncludeIsReportedAndTheOthersLinted) {
  TempTree tree;
  tree.write(".presscheck.toml", "include = [\"articles/*.md\", \"*.txt\"]\n");
  tree.write("articles/a.md", "# Le maire inaugure le tram\n\nLe maire a inauguré le tram.\n");
  tree.write("notes/b.md", kEmpty);
  const auto result = run_in(tree.path(), "lint --no-color articles/ notes");
  EXPECT_EQ(result.out, "0 problème dans 1 fichier\n");
  EXPECT_EQ(result.err,
            "presscheck: error: .presscheck.toml:1: `include` matches no file under notes/ "
            "(patterns: \"articles/*.md\", \"*.txt\")\n");
  EXPECT_EQ(result.exit_code, 2);
}

TEST(ConfigKeys, AnIncludedButExcludedFileIsNoMissingInclude) {
  TempTree tree;
  tree.write(".presscheck.toml", "include = [\"*.md\"]\nexclude = [\"old\"]\n");
  tree.write("old/a.md", kEmpty);
  const auto result = run_in(tree.path(), "lint --no-color old");
  EXPECT_EQ(result.out, "no problems in 0 files\n");
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(result.exit_code, 0);
}

struct BadConfig {
  std::string name;
  std::string content;
  std::string error;
};

void PrintTo(const BadConfig& config, std::ostream* out) {
  *out << config.name;
}

class ConfigErrors : public testing::TestWithParam<BadConfig> {};

TEST_P(ConfigErrors, NameTheFileAndLineAndExitWith2) {
  TempTree tree;
  tree.write(".presscheck.toml", GetParam().content);
  tree.write("a.md", "# Titre\n\nTexte.\n");
  const auto result = run_in(tree.path(), "lint a.md");
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "presscheck: error: " + GetParam().error + "\n");
  EXPECT_EQ(result.exit_code, 2);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConfigErrors,
    testing::Values(
        BadConfig{"UnknownKey", "fail_level = \"error\"\nfail-level = \"info\"\n",
                  ".presscheck.toml:2:1: unknown key `fail-level` (expected fail_level, lang, "
                  "facts, include, exclude, [rules], [front_matter])"},
        BadConfig{"BadFailLevel", "fail_level = \"fatal\"\n",
                  ".presscheck.toml:1:14: `fail_level` must be \"error\", \"warning\" or \"info\""},
        BadConfig{"BadLang", "lang = \"de\"\n",
                  ".presscheck.toml:1:8: `lang` must be \"fr\" or \"en\""},
        BadConfig{"UnknownRule", "[rules]\n\"headline.negated-quotes\" = \"off\"\n",
                  ".presscheck.toml:2:1: unknown rule `headline.negated-quotes` (see `presscheck "
                  "rules list`)"},
        BadConfig{"BadLevel", "[rules]\n\"quote.not-in-body\" = \"warn\"\n",
                  ".presscheck.toml:2:23: rule `quote.not-in-body` must be \"off\", \"info\", "
                  "\"warning\" or \"error\""},
        BadConfig{"BadFrontMatterKey", "[front_matter]\nsubtitle = \"x\"\n",
                  ".presscheck.toml:2:1: unknown key `subtitle` in [front_matter] (expected "
                  "headline, standfirst, date, lang)"},
        BadConfig{"WrongType", "exclude = 3\n",
                  ".presscheck.toml:1:11: `exclude` must be a glob or a list of globs"},
        BadConfig{"NotStrings", "facts = [\"a.db\", 2]\n",
                  ".presscheck.toml:1:18: `facts` must hold strings only"},
        BadConfig{"TooManyBraces",
                  "include = [\"*.md\", \"{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}\"]\n",
                  ".presscheck.toml:1:20: `include` glob \"{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}"
                  "{a,b}\" cannot be used: its braces expand to more than 256 patterns"},
        BadConfig{"TwoProblems", "lang = \"de\"\nfail_level = 1\n",
                  ".presscheck.toml:1:8: `lang` must be \"fr\" or \"en\"\n"
                  ".presscheck.toml:2:14: `fail_level` must be \"error\", \"warning\" or \"info\""},
        BadConfig{"Syntax", "fail_level = \"error\n",
                  ".presscheck.toml:1:20: Error while parsing string: unescaped control "
                  "characters other than TAB (U+0009) are explicitly prohibited"}),
    [](const auto& info) { return info.param.name; });

TEST(ConfigErrors, AMissingExplicitFileIsAUsageError) {
  TempTree tree;
  tree.write("a.md", kEmpty);
  const auto result = run_in(tree.path(), "lint --config nope.toml a.md");
  EXPECT_EQ(result.err, "presscheck: error: nope.toml: no such configuration file\n");
  EXPECT_EQ(result.exit_code, 2);
}

TEST(ConfigShow, PrintsEachValueWithItsOrigin) {
  TempTree tree;
  tree.write(".presscheck.toml",
             "# newsroom defaults\nfail_level = \"warning\"\nfacts = \"facts/base.db\"\n\n"
             "[front_matter]\nheadline = [\"title\", \"headline\"]\n\n"
             "[rules]\n\"quote.not-in-body\" = \"off\"\n");
  tree.write("sub/.presscheck.toml", "lang = \"fr\"\n");
  tree.write("sub/a.md", kEmpty);
  const auto result = run_in(tree.path(), "config show sub/a.md");
  EXPECT_EQ(
      result.out.rfind("# effective configuration for sub/a.md\n"
                       "# from sub/.presscheck.toml\n"
                       "fail_level = \"error\"                        # default\n"
                       "lang = \"fr\"                                 # sub/.presscheck.toml:1\n"
                       "facts = []                                  # default\n"
                       "include = []                                # default\n"
                       "exclude = []                                # default\n"
                       "\n"
                       "[front_matter]\n"
                       "headline = [\"title\"]                        # default\n"
                       "standfirst = [\"standfirst\", \"description\"]  # default\n"
                       "date = [\"date\"]                             # default\n"
                       "lang = [\"lang\"]                             # default\n"
                       "\n"
                       "[rules]\n"),
      0u)
      << result.out;
  // Every rule is listed, each from the defaults here.
  EXPECT_NE(result.out.find("\n\"suppression.unused\" = \"warning\"            # default\n"),
            std::string::npos);
  EXPECT_EQ(result.exit_code, 0);
  const auto top = run_in(tree.path(), "config show .");
  EXPECT_NE(top.out.find("fail_level = \"warning\"  "), std::string::npos) << top.out;
  EXPECT_NE(top.out.find("# .presscheck.toml:2\n"), std::string::npos);
  EXPECT_NE(top.out.find("facts = [\"" + (tree.path() / "facts/base.db").string() + "\"]"),
            std::string::npos);
  EXPECT_NE(top.out.find("headline = [\"title\", \"headline\"]  "), std::string::npos);
  EXPECT_NE(top.out.find("\"quote.not-in-body\" = \"off\""), std::string::npos);
  EXPECT_NE(top.out.find("# .presscheck.toml:9\n"), std::string::npos);
}

}  // namespace
}  // namespace presscheck
