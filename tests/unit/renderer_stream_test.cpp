// The renderer interface as `lint` drives it: streaming formats write each file as it
// arrives, whole-document formats write nothing before end and then exactly one document.
#include <gtest/gtest.h>

#include <sstream>

#include "render/formats.hpp"

namespace presscheck {
namespace {

FileReport draft(std::string path, Lang lang, std::string message, std::string line) {
  LocatedDiagnostic d;
  d.path = path;
  d.lang = lang;
  d.diagnostic.rule = "headline.negated-quote";
  d.diagnostic.severity = Severity::error;
  d.diagnostic.message = std::move(message);
  d.location = {1, 3, 1, 8};
  d.source_line.line_columns = line.size();
  d.source_line.text = std::move(line);
  FileReport report;
  report.path = std::move(path);
  report.lang = lang;
  report.headline = "Headline";
  report.diagnostics.push_back(std::move(d));
  return report;
}

const FileReport kFrench =
    draft("a.md", Lang::fr, "Le titre nie la citation.", "# Le maire dit non");
const FileReport kEnglish =
    draft("b.md", Lang::en, "The headline denies the quote.", "# No, he said");

const char* const kFrenchText =
    "a.md:1:3: error: Le titre nie la citation. [headline.negated-quote]\n"
    "    1 | # Le maire dit non\n"
    "      |   ^~~~~\n";
const char* const kEnglishText =
    "b.md:1:3: error: The headline denies the quote. [headline.negated-quote]\n"
    "    1 | # No, he said\n"
    "      |   ^~~~~\n";

RunInfo run_info(bool sorted) {
  RunInfo run;
  run.tool.version = "1.2.3";
  run.sorted = sorted;
  return run;
}

// A renderer of `format` fed the French then the English draft: what the stream held
// after begin, after the first file, and after end.
struct Written {
  std::string after_begin;
  std::string after_first;
  std::string after_end;
};

Written feed(std::string_view format, bool sorted, const FileReport& first = kFrench,
             const FileReport& second = kEnglish) {
  std::ostringstream out;
  const auto renderer = make_renderer(format, out);
  Written written;
  renderer->begin(run_info(sorted));
  written.after_begin = out.str();
  renderer->file(first);
  written.after_first = out.str();
  renderer->file(second);
  renderer->end();
  written.after_end = out.str();
  return written;
}

TEST(RendererStream, TextWritesEachFileAsItArrivesWhenFilesComeSorted) {
  const Written written = feed("text", true);
  EXPECT_EQ(written.after_begin, "");
  EXPECT_EQ(written.after_first, kFrenchText);
  EXPECT_EQ(written.after_end, std::string(kFrenchText) + kEnglishText + "2 errors in 2 files\n");
}

TEST(RendererStream, OnlyFormatsThatWriteBeforeEndSayTheyStream) {
  std::ostringstream out;
  for (const char* format : {"text", "github", "jsonl", "json", "sarif", "rdjson"}) {
    const auto sorted = make_renderer(format, out);
    sorted->begin(run_info(true));
    const auto unsorted = make_renderer(format, out);
    unsorted->begin(run_info(false));
    const std::string_view name = format;
    const bool by_path = name == "text" || name == "github";
    EXPECT_EQ(sorted->streams(), by_path || name == "jsonl") << format;
    EXPECT_EQ(unsorted->streams(), name == "jsonl") << format;
  }
}

TEST(RendererStream, TextClosesInFrenchWhenEveryFileIsFrench) {
  const FileReport other =
      draft("c.md", Lang::fr, "Le titre nie la citation.", "# Le maire dit non");
  const Written written = feed("text", true, kFrench, other);
  EXPECT_EQ(written.after_first, kFrenchText);
  EXPECT_EQ(written.after_end.substr(written.after_end.rfind("    1 |")),
            "    1 | # Le maire dit non\n      |   ^~~~~\n2 erreurs dans 2 fichiers\n");
}

TEST(RendererStream, TextHoldsFilesThatDoNotComeSortedAndSortsThem) {
  const Written written = feed("text", false, kEnglish, kFrench);
  EXPECT_EQ(written.after_first, "");
  EXPECT_EQ(written.after_end, feed("text", true).after_end);
}

TEST(RendererStream, GithubWritesEachFileAsItArrives) {
  const Written written = feed("github", true);
  EXPECT_EQ(written.after_first,
            "::error file=a.md,line=1,col=3,endLine=1,endColumn=7,title=headline.negated-quote::Le "
            "titre nie la citation.\n");
  EXPECT_EQ(
      written.after_end,
      std::string(
          "::error file=a.md,line=1,col=3,endLine=1,endColumn=7,title=headline.negated-quote::Le "
          "titre nie la citation.\n") +
          "::error file=b.md,line=1,col=3,endLine=1,endColumn=7,title=headline.negated-quote::The "
          "headline denies the quote.\n");
}

TEST(RendererStream, JsonlWritesEachFileAsItArrivesInAnyOrder) {
  const Written written = feed("jsonl", false, kEnglish, kFrench);
  EXPECT_EQ(
      written.after_first,
      R"({"path":"b.md","rule":"headline.negated-quote","severity":"error","line":1,"column":3,"end_line":1,"end_column":8,"message":"The headline denies the quote.","evidence":[]})"
      "\n");
  EXPECT_EQ(
      written.after_end,
      std::string(
          R"({"path":"b.md","rule":"headline.negated-quote","severity":"error","line":1,"column":3,"end_line":1,"end_column":8,"message":"The headline denies the quote.","evidence":[]})"
          "\n") +
          R"({"path":"a.md","rule":"headline.negated-quote","severity":"error","line":1,"column":3,"end_line":1,"end_column":8,"message":"Le titre nie la citation.","evidence":[]})"
          "\n");
}

TEST(RendererStream, JsonWritesOneDocumentAtEnd) {
  const Written written = feed("json", true);
  EXPECT_EQ(written.after_first, "");
  EXPECT_EQ(
      written.after_end,
      R"({"version":1,"files":[{"path":"a.md","lang":"fr","headline":"Headline"},{"path":"b.md","lang":"en","headline":"Headline"}],"diagnostics":[{"path":"a.md","rule":"headline.negated-quote","severity":"error","line":1,"column":3,"end_line":1,"end_column":8,"message":"Le titre nie la citation.","evidence":[]},{"path":"b.md","rule":"headline.negated-quote","severity":"error","line":1,"column":3,"end_line":1,"end_column":8,"message":"The headline denies the quote.","evidence":[]}]})"
      "\n");
}

TEST(RendererStream, SarifWritesOneDocumentAtEnd) {
  const Written written = feed("sarif", true);
  EXPECT_EQ(written.after_first, "");
  EXPECT_EQ(
      written.after_end,
      R"({"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"presscheck","version":"1.2.3","semanticVersion":"1.2.3","rules":[]}},"columnKind":"unicodeCodePoints","results":[{"ruleId":"headline.negated-quote","level":"error","message":{"text":"Le titre nie la citation."},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.md"},"region":{"startLine":1,"startColumn":3,"endLine":1,"endColumn":8}}}]},{"ruleId":"headline.negated-quote","level":"error","message":{"text":"The headline denies the quote."},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"b.md"},"region":{"startLine":1,"startColumn":3,"endLine":1,"endColumn":8}}}]}]}]})"
      "\n");
}

TEST(RendererStream, RdjsonWritesOneDocumentAtEnd) {
  const Written written = feed("rdjson", true);
  EXPECT_EQ(written.after_first, "");
  EXPECT_EQ(
      written.after_end,
      R"({"source":{"name":"presscheck"},"diagnostics":[{"message":"Le titre nie la citation.","location":{"path":"a.md","range":{"start":{"line":1,"column":3},"end":{"line":1,"column":8}}},"severity":"ERROR","source":{"name":"presscheck"},"code":{"value":"headline.negated-quote","url":"https://github.com/presscheck/presscheck/blob/main/docs/rules/headline.negated-quote.md"}},{"message":"The headline denies the quote.","location":{"path":"b.md","range":{"start":{"line":1,"column":3},"end":{"line":1,"column":8}}},"severity":"ERROR","source":{"name":"presscheck"},"code":{"value":"headline.negated-quote","url":"https://github.com/presscheck/presscheck/blob/main/docs/rules/headline.negated-quote.md"}}]})"
      "\n");
}

}  // namespace
}  // namespace presscheck
