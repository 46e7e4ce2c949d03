// Hugo's other front matter syntaxes: TOML between `+++` lines and a JSON object opening
// the file, decoded and mapped back to the file like YAML.
#include <gtest/gtest.h>

#include "front_matter_test_util.hpp"
#include "input/front_matter.hpp"

namespace presscheck {
namespace {

using front_matter_test::error_of;
using front_matter_test::Origin;
using front_matter_test::origin;
using front_matter_test::read;
using front_matter_test::value_of;

TEST(FrontMatterToml, BasicStringsDatesAndNumbersMapToTheirSource) {
  const std::string file = R"(+++
title = "Vidéos : l'UE ne \u00ab prend pas très au sérieux \u00bb les images"
date = 2026-01-05
published = 1979-05-27 07:32:00Z
draft = false
weight = 1_000
[params]
subtitle = "pas lu"
+++

Corps.
)";
  const FrontMatter matter = read(file);
  EXPECT_EQ(matter.syntax, FrontMatterSyntax::toml);
  EXPECT_FALSE(matter.error);
  EXPECT_EQ(file.substr(matter.span.end), "\nCorps.\n");
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "Vidéos : l'UE ne « prend pas très au sérieux » les images");
  EXPECT_EQ(title.line, 2u);
  EXPECT_EQ(origin(file, title, "« prend pas"), Origin("\\u00ab prend pas", "2:27"));
  EXPECT_EQ(origin(file, title, "prend pas"), Origin("prend pas", "2:34"));
  EXPECT_EQ(origin(file, value_of(matter, "date"), "2026-01-05"), Origin("2026-01-05", "3:8"));
  const FrontMatterValue& published = value_of(matter, "published");
  EXPECT_EQ(published.value(), "1979-05-27T07:32:00Z");
  EXPECT_EQ(origin(file, published, "T07"), Origin(" 07", "4:23"));
  EXPECT_EQ(value_of(matter, "draft").value(), "false");
  EXPECT_EQ(value_of(matter, "weight").value(), "1_000");
  EXPECT_EQ(matter.find("params"), nullptr);
  EXPECT_EQ(matter.find("subtitle"), nullptr);
}

TEST(FrontMatterToml, LiteralAndMultiLineStringsMapToTheirSource) {
  const std::string file = R"(+++
path = 'C:\drafts\"raw"'
title = """
EU "not taking \
    it seriously"
"""
summary = '''
First line
Second line'''
quoted = """ends with a quote""""
+++
)";
  const FrontMatter matter = read(file);
  EXPECT_FALSE(matter.error);
  EXPECT_EQ(origin(file, value_of(matter, "path"), "\"raw"), Origin("\"raw", "2:19"));
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "EU \"not taking it seriously\"\n");
  EXPECT_EQ(origin(file, title, "taking it"), Origin("taking \\\n    it", "4:9"));
  const FrontMatterValue& summary = value_of(matter, "summary");
  EXPECT_EQ(summary.value(), "First line\nSecond line");
  EXPECT_EQ(origin(file, summary, "line\nSecond"), Origin("line\nSecond", "8:7"));
  EXPECT_EQ(origin(file, value_of(matter, "quoted"), "quote\""), Origin("quote\"", "10:25"));
}

TEST(FrontMatterToml, CrlfLinesAreRead) {
  const std::string file =
      "+++\r\ntitle = \"L'UE ne \\u00ab prend pas \\u00bb\"\r\nlang = 'fr'\r\n+++\r\nCorps.\r\n";
  const FrontMatter matter = read(file);
  EXPECT_EQ(file.substr(matter.span.end), "Corps.\r\n");
  EXPECT_EQ(origin(file, value_of(matter, "title"), "prend pas"), Origin("prend pas", "2:25"));
  EXPECT_EQ(value_of(matter, "lang").value(), "fr");
}

TEST(FrontMatterToml, ParseErrorsGiveThePlaceAndTheParsersReason) {
  const std::string unclosed = "+++\ntitle = \"EU not serious\nlang = \"en\"\n+++\n";
  EXPECT_EQ(error_of(unclosed, read(unclosed)),
            std::make_pair(std::string("2:24"),
                           std::string("Error while parsing string: unescaped control characters "
                                       "other than TAB (U+0009) are explicitly prohibited")));
  const std::string twice = "+++\ntitre = \"Un\"\ntitre = \"Deux\"\n+++\n";
  EXPECT_EQ(error_of(twice, read(twice)),
            std::make_pair(std::string("3:9"),
                           std::string("Error while parsing key-value pair: cannot redefine "
                                       "existing string 'titre'")));
}

// toml++ 3.3 has undefined behaviour on non-ASCII text in some places
// (marzer/tomlplusplus#190): where TOML forbids it, it is reported before toml++ reads the
// block; in strings and comments it is read, even after a line-ending backslash.
TEST(FrontMatterToml, NonAsciiTextIsReadInStringsAndRefusedElsewhere) {
  const std::string key = "+++\n# Résumé en une ligne\nrésumé = \"Un été « chaud »\"\n+++\n";
  EXPECT_EQ(error_of(key, read(key)),
            std::make_pair(std::string("3:2"),
                           std::string("unexpected \"é\": TOML takes non-ASCII text only in "
                                       "quoted strings and comments")));
  const std::string file =
      "+++\n\"résumé\" = \"Un été\" # fin\nloi = \"\"\"\\\n  § 2 « à part »\"\"\"\n+++\n";
  const FrontMatter matter = read(file);
  EXPECT_FALSE(matter.error);
  EXPECT_EQ(origin(file, value_of(matter, "résumé"), "été"), Origin("été", "2:16"));
  const FrontMatterValue& law = value_of(matter, "loi");
  EXPECT_EQ(law.value(), "§ 2 « à part »");
  EXPECT_EQ(origin(file, law, "« à"), Origin("« à", "4:7"));
}

TEST(FrontMatterToml, AnUnclosedFenceIsReportedAsSuch) {
  const std::string file = "+++\ntitle = \"Titre\"\n\nCorps.\n";
  const FrontMatter matter = read(file);
  EXPECT_FALSE(matter.closed);
  EXPECT_EQ(matter.span.end, file.size());
}

TEST(FrontMatterJson, StringsMapThroughTheirEscapes) {
  const std::string file = R"({
  "title": "EU \u201cnot taking it seriously\u201d \ud83d\ude00",
  "chapo": "L'UE \"ne prend pas\" \/ Bruxelles",
  "draft": false,
  "weight": 1.5e1,
  "subtitle": null,
  "tags": ["a", "b"],
  "author": {"name": "x"}
}
Body text.
)";
  const FrontMatter matter = read(file);
  EXPECT_EQ(matter.syntax, FrontMatterSyntax::json);
  EXPECT_FALSE(matter.error);
  EXPECT_EQ(file.substr(matter.span.end), "Body text.\n");
  const FrontMatterValue& title = value_of(matter, "title");
  EXPECT_EQ(title.value(), "EU “not taking it seriously” 😀");
  EXPECT_EQ(title.line, 2u);
  EXPECT_EQ(origin(file, title, "“not"), Origin("\\u201cnot", "2:16"));
  EXPECT_EQ(origin(file, title, "😀"), Origin("\\ud83d\\ude00", "2:52"));
  const FrontMatterValue& chapo = value_of(matter, "chapo");
  EXPECT_EQ(chapo.value(), "L'UE \"ne prend pas\" / Bruxelles");
  EXPECT_EQ(origin(file, chapo, "prend pas\" /"), Origin("prend pas\\\" \\/", "3:23"));
  EXPECT_EQ(value_of(matter, "draft").value(), "false");
  EXPECT_EQ(origin(file, value_of(matter, "weight"), "1.5e1"), Origin("1.5e1", "5:13"));
  EXPECT_EQ(value_of(matter, "subtitle").value(), "");
  EXPECT_EQ(matter.find("tags"), nullptr);
  EXPECT_EQ(matter.find("author"), nullptr);
}

TEST(FrontMatterJson, ParseErrorsGiveThePlaceAndTheParsersReason) {
  const std::string file = "{\n  \"title\": \"Titre\",\n  \"lang\": \n}\nCorps.\n";
  EXPECT_EQ(error_of(file, read(file)),
            std::make_pair(std::string("4:1"),
                           std::string("the JSON document has an improper structure: missing or "
                                       "superfluous commas, braces, missing keys, etc.")));
  const std::string twice = "{\"title\": \"A\", \"title\": \"B\"}\nBody.\n";
  EXPECT_EQ(error_of(twice, read(twice)),
            std::make_pair(std::string("1:16"), std::string("duplicate key \"title\"")));
}

TEST(FrontMatterJson, AnObjectThatNeverClosesIsReported) {
  const std::string file = "{\"title\": \"Titre\"\n\nCorps.\n";
  const FrontMatter matter = read(file);
  EXPECT_FALSE(matter.closed);
  EXPECT_EQ(matter.span.end, file.size());
  EXPECT_TRUE(matter.error);
}

TEST(FrontMatterJson, OnlyAnObjectWithKeysOpensJsonFrontMatter) {
  EXPECT_EQ(read_front_matter("{Brouillon} Titre\n\nCorps.\n"), std::nullopt);
  EXPECT_EQ(read_front_matter("Titre\n{\"title\": \"x\"}\n"), std::nullopt);
  const FrontMatter empty = read("{ }\nCorps.\n");
  EXPECT_TRUE(empty.values.empty());
  EXPECT_FALSE(empty.error);
}

}  // namespace
}  // namespace presscheck
