// The globs of `include` and `exclude`: git's wildmatch rules as .gitignore uses them, plus
// brace alternatives. Each form is shown matching and not matching.
#include <gtest/gtest.h>

#include "config/brace_expansion.hpp"
#include "config/glob.hpp"

namespace presscheck {
namespace {

struct GlobCase {
  std::string pattern;
  std::string path;
  bool matches;
};

void PrintTo(const GlobCase& c, std::ostream* out) {
  *out << '"' << c.pattern << "\" vs \"" << c.path << '"';
}

class GlobForms : public testing::TestWithParam<GlobCase> {};

TEST_P(GlobForms, MatchOrNot) {
  EXPECT_EQ(glob_matches(GetParam().pattern, GetParam().path), GetParam().matches);
}

INSTANTIATE_TEST_SUITE_P(Star, GlobForms,
                         testing::Values(GlobCase{"*.md", "brouillon.md", true},
                                         // Without a `/`, the pattern names a file at any depth.
                                         GlobCase{"*.md", "articles/2024/brouillon.md", true},
                                         GlobCase{"*.md", "brouillon.mdx", false},
                                         GlobCase{"*.md", "articles.md/brouillon.txt", false},
                                         // A `*` stays within one name.
                                         GlobCase{"articles/*.md", "articles/draft.md", true},
                                         GlobCase{"articles/*.md", "articles/2024/draft.md", false},
                                         // As in git, a leading dot is no exception.
                                         GlobCase{"*.md", ".cache.md", true},
                                         GlobCase{"*.md", "Draft.MD", false}));

INSTANTIATE_TEST_SUITE_P(QuestionMark, GlobForms,
                         testing::Values(GlobCase{"draft-?.md", "draft-1.md", true},
                                         // One character, not one byte.
                                         GlobCase{"brouillon-?.md", "brouillon-é.md", true},
                                         GlobCase{"draft-?.md", "draft-12.md", false},
                                         GlobCase{"a?b.md", "a/b.md", false}));

INSTANTIATE_TEST_SUITE_P(
    Classes, GlobForms,
    testing::Values(GlobCase{"[0-9][0-9][0-9][0-9]/*.md", "2024/budget.md", true},
                    GlobCase{"[0-9][0-9][0-9][0-9]/*.md", "notes/budget.md", false},
                    GlobCase{"[!a-z]*.md", "2024-budget.md", true},
                    GlobCase{"[!a-z]*.md", "budget.md", false},
                    GlobCase{"[éè]t*.txt", "été.txt", true},
                    GlobCase{"[éè]t*.txt", "et.txt", false}));

INSTANTIATE_TEST_SUITE_P(
    DoubleStar, GlobForms,
    testing::Values(GlobCase{"**/final.md", "final.md", true},
                    GlobCase{"**/final.md", "articles/2024/final.md", true},
                    GlobCase{"**/final.md", "articles/final.md.bak", false},
                    // `/**` at the end is everything inside, not the folder itself.
                    GlobCase{"archive/**", "archive/2020/old.md", true},
                    GlobCase{"archive/**", "archive/old.md", true},
                    GlobCase{"archive/**", "archive", false},
                    GlobCase{"archive/**", "archives/old.md", false},
                    // `/**/` is any number of folders, none included.
                    GlobCase{"articles/**/final/*.md", "articles/final/a.md", true},
                    GlobCase{"articles/**/final/*.md", "articles/2024/05/final/a.md", true},
                    GlobCase{"articles/**/final/*.md", "articles/2024/draft/a.md", false},
                    GlobCase{"articles/**/final/*.md", "news/final/a.md", false},
                    // Elsewhere, `**` is a plain `*`.
                    GlobCase{"articles/**.md", "articles/a.md", true},
                    GlobCase{"articles/**.md", "articles/2024/a.md", false}));

INSTANTIATE_TEST_SUITE_P(
    Braces, GlobForms,
    testing::Values(GlobCase{"*.{md,txt}", "notes/a.txt", true},
                    GlobCase{"*.{md,txt}", "a.md", true}, GlobCase{"*.{md,txt}", "a.html", false},
                    GlobCase{"{articles,news/{fr,en}}/*.md", "news/fr/a.md", true},
                    GlobCase{"{articles,news/{fr,en}}/*.md", "articles/a.md", true},
                    GlobCase{"{articles,news/{fr,en}}/*.md", "news/de/a.md", false},
                    // Without a comma, quoted or inside [ ], braces are plain characters.
                    GlobCase{"{draft}.md", "{draft}.md", true},
                    GlobCase{"{draft}.md", "draft.md", false},
                    GlobCase{"notes\\{a,b\\}.md", "notes{a,b}.md", true},
                    GlobCase{"notes\\{a,b\\}.md", "notesa.md", false},
                    GlobCase{"[{,]x.md", ",x.md", true}, GlobCase{"[{,]x.md", "x.md", false}));

INSTANTIATE_TEST_SUITE_P(Slashes, GlobForms,
                         testing::Values(GlobCase{"/a.md", "a.md", true},
                                         GlobCase{"/a.md", "sub/a.md", false},
                                         GlobCase{"\\*.md", "*.md", true},
                                         GlobCase{"\\*.md", "a.md", false}));

TEST(Glob, ATrailingSlashMatchesFoldersOnly) {
  std::string error;
  const auto glob = Glob::compile("archive/", error);
  ASSERT_TRUE(glob) << error;
  EXPECT_TRUE(glob->matches("archive", true));
  EXPECT_TRUE(glob->matches("2020/archive", true));
  EXPECT_FALSE(glob->matches("archive", false));
}

TEST(BraceExpansion, ExpandsEachGroupInOrder) {
  EXPECT_EQ(expand_braces("a{b,c}d", 10), (std::vector<std::string>{"abd", "acd"}));
  EXPECT_EQ(expand_braces("{x,y}{1,2}", 10), (std::vector<std::string>{"x1", "x2", "y1", "y2"}));
  EXPECT_EQ(expand_braces("{a,{b,c}}", 10), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(expand_braces("draft{,s}", 10), (std::vector<std::string>{"draft", "drafts"}));
  EXPECT_EQ(expand_braces("{a,b", 10), (std::vector<std::string>{"{a,b"}));
}

TEST(BraceExpansion, StopsAtTheLimit) {
  EXPECT_EQ(expand_braces("{a,b}{c,d}", 4)->size(), 4u);
  EXPECT_EQ(expand_braces("{a,b}{c,d}{e,f}", 4), std::nullopt);
}

std::string repeat(std::string_view piece, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i)
    out += piece;
  return out;
}

TEST(Glob, APatternWithTooManyAlternativesIsRefused) {
  std::string error;
  EXPECT_TRUE(Glob::compile(repeat("{a,b}", 8), error));  // 256 alternatives
  EXPECT_FALSE(Glob::compile(repeat("{a,b}", 9), error));
  EXPECT_EQ(error, "its braces expand to more than 256 patterns");
  // Tens of thousands of groups are refused before any expansion.
  EXPECT_FALSE(Glob::compile(repeat("{a,b}", 50000), error));
}

// Hostile patterns and names end quickly (the test's time limit would catch a hang).
TEST(Glob, HostileInputStaysCheap) {
  std::string error;
  const auto unmatched = Glob::compile(repeat("{[", 100000) + "*.md", error);
  ASSERT_TRUE(unmatched) << error;
  EXPECT_FALSE(unmatched->matches(repeat("{[", 100) + ".md"));
  EXPECT_TRUE(glob_matches(repeat("{[", 100) + "*.md", repeat("{[", 100) + "x.md"));
  const auto stars = Glob::compile(repeat("*a", 40) + "b", error);
  ASSERT_TRUE(stars);
  EXPECT_FALSE(stars->matches(std::string(250, 'a')));
  const auto folders = Glob::compile(repeat("**/a/", 50) + "b.md", error);
  ASSERT_TRUE(folders);
  EXPECT_FALSE(folders->matches(repeat("a/", 200) + "c.md"));
  EXPECT_TRUE(folders->matches(repeat("a/", 200) + "b.md"));
}

}  // namespace
}  // namespace presscheck
