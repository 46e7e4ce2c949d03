// YAML front matter: values decoded as YAML does (escapes, quoting, folding, block scalars,
// aliases), each part of a value placed on the exact bytes of the file it came from, and
// what does not parse reported with its line, column and reason.
#include <gtest/gtest.h>

#include <chrono>

#include "front_matter_test_util.hpp"
#include "input/front_matter.hpp"

namespace presscheck {
namespace {

using front_matter_test::error_of;
using front_matter_test::Origin;
using front_matter_test::origin;
using front_matter_test::read;
using front_matter_test::value_of;

TEST(FrontMatterYaml, UnicodeEscapesDecodeAndPointAtTheirSource) {
  const std::string file = R"(---
title: "Vidéos : l'UE ne \u00ab prend pas très au sérieux \u00bb les images"
lang: fr
---

Corps.
)";
  const FrontMatter matter = read(file);
  EXPECT_EQ(matter.syntax, FrontMatterSyntax::yaml);
  EXPECT_TRUE(matter.closed);
  EXPECT_FALSE(matter.error);
  EXPECT_EQ(file.substr(matter.span.begin, matter.span.size()),
            file.substr(0, file.find("\nCorps")));
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "Vidéos : l'UE ne « prend pas très au sérieux » les images");
  EXPECT_EQ(title.line, 2u);
  EXPECT_EQ(origin(file, title, "« prend pas"), Origin("\\u00ab prend pas", "2:26"));
  EXPECT_EQ(origin(file, title, "prend pas"), Origin("prend pas", "2:33"));
  EXPECT_EQ(origin(file, title, "»"), Origin("\\u00bb", "2:59"));
  EXPECT_EQ(origin(file, value_of(matter, "lang"), "fr"), Origin("fr", "3:7"));
}

TEST(FrontMatterYaml, EscapedQuotesPointAtTheBackslash) {
  const std::string file = R"(---
title: "EU \"not taking very seriously\" Grok's fake videos"
---
)";
  const FrontMatter matter = read(file);
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "EU \"not taking very seriously\" Grok's fake videos");
  EXPECT_EQ(origin(file, title, "\"not"), Origin("\\\"not", "2:12"));
  EXPECT_EQ(origin(file, title, "seriously\" Grok"), Origin("seriously\\\" Grok", "2:30"));
}

TEST(FrontMatterYaml, EveryDoubleQuotedEscapeDecodes) {
  const std::string file =
      "---\nnote: \"a\\tb\\nc\\\\d \\x41\\u00e9\\U0001F600 \\N\\_\\/\\\"\\L\\P\\e\\a\\b\\v\\f\\r\\0"
      "\\ z\"\n---\n";
  const FrontMatter matter = read(file);
  const FrontMatterValue& note = value_of(matter, "note");
  EXPECT_EQ(note.value(),
            std::string("a\tb\nc\\d Aé😀 \u0085\u00A0/\"\u2028\u2029\x1B\a\b\v\f\r") + '\0' + " z");
  EXPECT_EQ(origin(file, note, "\t"), Origin("\\t", "2:9"));
  EXPECT_EQ(origin(file, note, "A"), Origin("\\x41", "2:19"));
  EXPECT_EQ(origin(file, note, "é"), Origin("\\u00e9", "2:23"));
  EXPECT_EQ(origin(file, note, "😀"), Origin("\\U0001F600", "2:29"));
  EXPECT_EQ(origin(file, note, "\u00A0"), Origin("\\_", "2:42"));
  EXPECT_EQ(origin(file, note, "\u2029"), Origin("\\P", "2:50"));
}

TEST(FrontMatterYaml, QuotedValuesFoldTheirLines) {
  const std::string file =
      "---\n"
      "title: \"L'UE ne « prend \\\n"
      "  pas » au sérieux   \n"
      "  les vidéos\n"
      "\n"
      "  de Grok\"\n"
      "---\n";
  const FrontMatter matter = read(file);
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "L'UE ne « prend pas » au sérieux les vidéos\nde Grok");
  EXPECT_EQ(origin(file, title, "prend pas"), Origin("prend \\\n  pas", "2:19"));
  EXPECT_EQ(origin(file, title, "sérieux les"), Origin("sérieux   \n  les", "3:12"));
  EXPECT_EQ(origin(file, title, "vidéos\nde"), Origin("vidéos\n\n  de", "4:7"));
}

TEST(FrontMatterYaml, SingleQuotedValuesDoubleTheirQuotes) {
  const std::string file = "---\ntitle: 'L''UE ne « prend pas » les vidéos de Grok'\n---\n";
  const FrontMatter matter = read(file);
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "L'UE ne « prend pas » les vidéos de Grok");
  EXPECT_EQ(origin(file, title, "L'UE"), Origin("L''UE", "2:9"));
  EXPECT_EQ(origin(file, title, "prend pas"), Origin("prend pas", "2:20"));
}

TEST(FrontMatterYaml, PlainValuesFoldTheirLinesAndDropComments) {
  const std::string file = R"(---
title: Minister vows
  "no new taxes"   # the draft title
lang: en # English
---
)";
  const FrontMatter matter = read(file);
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "Minister vows \"no new taxes\"");
  EXPECT_EQ(origin(file, title, "vows \"no"), Origin("vows\n  \"no", "2:17"));
  EXPECT_EQ(value_of(matter, "lang").value(), "en");
}

TEST(FrontMatterYaml, BlockScalarsFollowTheirIndicators) {
  const std::string file = R"(---
title: >-
  L'UE ne « prend pas
  très au sérieux » les vidéos
standfirst: |
  Première ligne.
  Seconde ligne.
kept: |+
  Gardé.

body: >2
   indented line
  normal
  folded

  paragraph
lang: fr
---
)";
  const FrontMatter matter = read(file);
  EXPECT_FALSE(matter.error);
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "L'UE ne « prend pas très au sérieux » les vidéos");
  EXPECT_EQ(title.line, 2u);
  EXPECT_EQ(origin(file, title, "pas très"), Origin("pas\n  très", "3:19"));
  const FrontMatterValue& standfirst = value_of(matter, "standfirst");
  EXPECT_EQ(standfirst.value(), "Première ligne.\nSeconde ligne.\n");
  EXPECT_EQ(origin(file, standfirst, "\nSeconde"), Origin("\n  Seconde", "6:18"));
  EXPECT_EQ(value_of(matter, "kept").value(), "Gardé.\n\n");
  const FrontMatterValue& body = value_of(matter, "body");
  EXPECT_EQ(body.value(), " indented line\nnormal folded\nparagraph\n");
  EXPECT_EQ(origin(file, body, "normal folded"), Origin("normal\n  folded", "13:3"));
  EXPECT_EQ(value_of(matter, "lang").value(), "fr");
}

TEST(FrontMatterYaml, AnAliasMapsToTheAnchoredScalar) {
  const std::string file = R"(---
headline: &h "EU \"not taking\" the videos seriously"
title: *h
kicker: !!str &k 2026
---
)";
  const FrontMatter matter = read(file);
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "EU \"not taking\" the videos seriously");
  EXPECT_EQ(title.line, 2u);
  EXPECT_EQ(origin(file, title, "not taking"), Origin("not taking", "2:20"));
  EXPECT_EQ(origin(file, value_of(matter, "kicker"), "2026"), Origin("2026", "4:18"));
}

TEST(FrontMatterYaml, OtherScalarsKeepTheirSourceText) {
  const std::string file = "---\ndate: 2026-01-05\ndraft: false\nweight: 10   # order\n---\n";
  const FrontMatter matter = read(file);
  EXPECT_EQ(origin(file, value_of(matter, "date"), "2026-01-05"), Origin("2026-01-05", "2:7"));
  EXPECT_EQ(value_of(matter, "draft").value(), "false");
  EXPECT_EQ(origin(file, value_of(matter, "weight"), "10"), Origin("10", "4:9"));
}

TEST(FrontMatterYaml, NestedValuesAreSkippedAndNullsAreEmpty) {
  const std::string file = R"(---
tags:
  - politique
  - "numérique"
author:
  name: Léa
standfirst:
subtitle: ~
title: Titre
---
)";
  const FrontMatter matter = read(file);
  EXPECT_FALSE(matter.error);
  EXPECT_EQ(matter.find("tags"), nullptr);
  EXPECT_EQ(matter.find("author"), nullptr);
  EXPECT_EQ(matter.find("name"), nullptr);
  EXPECT_EQ(value_of(matter, "standfirst").value(), "");
  EXPECT_EQ(value_of(matter, "standfirst").line, 7u);
  EXPECT_EQ(value_of(matter, "subtitle").value(), "");
  EXPECT_EQ(value_of(matter, "title").value(), "Titre");
}

TEST(FrontMatterYaml, AFlowMapIsReadToo) {
  const std::string file = "---\n{title: \"EU \\u201cnot serious\\u201d\", lang: en}\n---\n";
  const FrontMatter matter = read(file);
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "EU “not serious”");
  EXPECT_EQ(origin(file, title, "“not"), Origin("\\u201cnot", "2:13"));
  EXPECT_EQ(value_of(matter, "lang").value(), "en");
}

TEST(FrontMatterYaml, ByteOrderMarkCrlfAndTabsAreRead) {
  const std::string file =
      "\xEF\xBB\xBF---\r\n"
      "title:\t\"L'UE ne \\u00ab prend\tpas \\u00bb\"\r\n"
      "summary: Le texte\r\n"
      "  continue\r\n"
      "---\r\n"
      "\r\n"
      "Corps.\r\n";
  const FrontMatter matter = read(file);
  EXPECT_FALSE(matter.error);
  EXPECT_EQ(matter.span.begin, 3u);
  EXPECT_EQ(file.substr(matter.span.end), "\r\nCorps.\r\n");
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "L'UE ne « prend\tpas »");
  EXPECT_EQ(origin(file, title, "prend\tpas"), Origin("prend\tpas", "2:24"));
  const FrontMatterValue& summary = value_of(matter, "summary");
  EXPECT_EQ(summary.value(), "Le texte continue");
  EXPECT_EQ(origin(file, summary, "texte continue"), Origin("texte\r\n  continue", "3:13"));
}

TEST(FrontMatterYaml, AByteOrderMarkAfterTheFenceIsSkipped) {
  const std::string file = "---\n\xEF\xBB\xBFtitle: L'UE ne prend pas\n---\n";
  const FrontMatter matter = read(file);
  EXPECT_EQ(origin(file, value_of(matter, "title"), "prend pas"), Origin("prend pas", "2:17"));
}

TEST(FrontMatterYaml, FencesAreWholeLinesAndDotsCloseToo) {
  const std::string file = "---  \ntitle: Titre\n...\nCorps.\n";
  const FrontMatter matter = read(file);
  EXPECT_EQ(value_of(matter, "title").value(), "Titre");
  EXPECT_EQ(file.substr(matter.span.end), "Corps.\n");
  EXPECT_EQ(read_front_matter("Titre\n---\ntitle: x\n---\n"), std::nullopt);
  EXPECT_EQ(read_front_matter("----\ntitle: x\n----\n"), std::nullopt);
}

TEST(FrontMatterYaml, AnUnclosedFenceIsReportedAsSuch) {
  const std::string file = "---\ntitle: Titre\n\n# Titre\n\nCorps.\n";
  const FrontMatter matter = read(file);
  EXPECT_FALSE(matter.closed);
  EXPECT_EQ(matter.span.begin, 0u);
  EXPECT_EQ(matter.span.end, file.size());
  EXPECT_TRUE(matter.values.empty());
}

TEST(FrontMatterYaml, ParseErrorsGiveThePlaceAndTheParsersReason) {
  const std::string unclosed_list = "---\ntitle: Titre\nlang: [fr\n---\n";
  EXPECT_EQ(error_of(unclosed_list, read(unclosed_list)),
            std::make_pair(std::string("4:1"), std::string("end of sequence flow not found")));
  const std::string tab = "---\ntitle: Title\n\tlang: en\n---\n";
  EXPECT_EQ(
      error_of(tab, read(tab)),
      std::make_pair(std::string("3:1"), std::string("illegal tab when looking for indentation")));
  const std::string two_values = "---\ntitle: EU: not serious\n---\n";
  EXPECT_EQ(error_of(two_values, read(two_values)),
            std::make_pair(std::string("2:10"), std::string("illegal map value")));
}

TEST(FrontMatterYaml, AQuoteThatNeverClosesIsAnError) {
  const std::string file = "---\ntitle: \"L'UE ne prend pas\nlang: fr\n---\n\nCorps.\n";
  const FrontMatter matter = read(file);
  EXPECT_EQ(error_of(file, matter),
            std::make_pair(std::string("2:8"),
                           std::string("this quoted value has no closing quote, so it runs to "
                                       "the end of the front matter")));
  // What yaml-cpp makes of it: the next line folded in, with the final break as a space.
  EXPECT_EQ(value_of(matter, "title").value(), "L'UE ne prend pas lang: fr ");
}

TEST(FrontMatterYaml, DuplicateKeysAndNonMapsAreErrors) {
  const std::string twice = "---\ntitle: Premier\ntitle: Second\n---\n";
  const FrontMatter matter = read(twice);
  EXPECT_EQ(error_of(twice, matter),
            std::make_pair(std::string("3:1"), std::string("duplicate key \"title\"")));
  EXPECT_EQ(value_of(matter, "title").value(), "Premier");
  const std::string list = "---\n- title\n- lang\n---\n";
  EXPECT_EQ(error_of(list, read(list)),
            std::make_pair(std::string("2:1"),
                           std::string("expected `key: value` lines, found a lone value or a "
                                       "list")));
  EXPECT_EQ(error_of("---\n---\n", read("---\n---\n")).first, "no error");
}

double seconds_to_read(const std::string& file, FrontMatter& matter) {
  const auto start = std::chrono::steady_clock::now();
  matter = read(file);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The limits are far above what the reader takes (well under a millisecond); a reader that
// expanded aliases would take minutes and gigabytes.
TEST(FrontMatterYaml, ABillionLaughsStaysCheap) {
  std::string file = "---\nl0: &l0 \"lol\"\n";
  for (int level = 1; level <= 9; ++level) {
    const std::string previous = "*l" + std::to_string(level - 1);
    file += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i)
      file += (i > 0 ? ", " : "") + previous;
    file += "]\n";
  }
  file += "title: *l0\n---\n";
  FrontMatter matter;
  EXPECT_LT(seconds_to_read(file, matter), 0.5);
  EXPECT_FALSE(matter.error);
  EXPECT_EQ(origin(file, value_of(matter, "title"), "lol"), Origin("lol", "2:10"));
}

TEST(FrontMatterYaml, AliasesRepeatingALongValueStopWithAnError) {
  std::string file = "---\nlong: &a \"" + std::string(4000, 'x') + "\"\n";
  for (int i = 0; i < 1000; ++i)
    file += "k" + std::to_string(i) + ": *a\n";
  file += "---\n";
  FrontMatter matter;
  EXPECT_LT(seconds_to_read(file, matter), 0.5);
  ASSERT_TRUE(matter.error);
  EXPECT_EQ(matter.error->reason,
            "aliases repeat more text than the front matter holds; reading stopped here");
  std::size_t decoded = 0;
  for (const auto& [key, value] : matter.values)
    decoded += value.value().size();
  EXPECT_LE(decoded, 4 * file.size() + 4096);
  EXPECT_GT(matter.values.size(), 10u);
}

TEST(FrontMatterYaml, DeepNestingIsAnErrorNotACrash) {
  const std::string file = "---\ntitle: " + std::string(5000, '[') + "\n---\n";
  const FrontMatter matter = read(file);
  ASSERT_TRUE(matter.error);
  EXPECT_FALSE(matter.error->reason.empty());
}

TEST(FrontMatterYaml, AnOversizedBlockIsAnErrorNotSecondsOfParsing) {
  std::string file = "---\n";
  for (int i = 0; i < 30000; ++i)
    file += "key" + std::to_string(i) + ": value\n";
  file += "---\n";
  FrontMatter matter;
  EXPECT_LT(seconds_to_read(file, matter), 0.5);
  EXPECT_EQ(error_of(file, matter),
            std::make_pair(std::string("2:1"),
                           std::string("the front matter holds 457 KiB; presscheck reads up to "
                                       "256 KiB of YAML")));
}

}  // namespace
}  // namespace presscheck
