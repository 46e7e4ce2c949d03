// The output format registry: `lint --format` accepts exactly its names, and each name
// makes the renderer of that format.
#include <gtest/gtest.h>

#include <sstream>

#include "core/error.hpp"
#include "render/formats.hpp"
#include "render/github_renderer.hpp"
#include "render/json_renderer.hpp"
#include "render/jsonl_renderer.hpp"
#include "render/rdjson_renderer.hpp"
#include "render/sarif_renderer.hpp"
#include "render/text_renderer.hpp"

namespace presscheck {
namespace {

FileReport report_of(std::string path, Lang lang, std::string message) {
  LocatedDiagnostic d;
  d.path = path;
  d.lang = lang;
  d.diagnostic.rule = "headline.negated-quote";
  d.diagnostic.severity = Severity::error;
  d.diagnostic.message = std::move(message);
  d.location = {1, 3, 1, 8};
  d.source_line.text = "# Le maire n'a pas dit « oui »";
  d.source_line.line_columns = 30;
  FileReport report;
  report.path = std::move(path);
  report.lang = lang;
  report.diagnostics.push_back(std::move(d));
  return report;
}

// What the format named `name` writes for two files, through the registry.
std::string through_registry(std::string_view name, const std::vector<FileReport>& files,
                             const RunInfo& run) {
  std::ostringstream out;
  const auto renderer = make_renderer(name, out);
  renderer->begin(run);
  for (const FileReport& file : files)
    renderer->file(file);
  renderer->end();
  return out.str();
}

TEST(RendererRegistry, KnowsEveryFormatInTheOrderTheHelpListsThem) {
  EXPECT_EQ(output_format_names(),
            (std::vector<std::string>{"text", "json", "jsonl", "sarif", "github", "rdjson"}));
}

TEST(RendererRegistry, RefusesAnUnknownFormatNamingTheKnownOnes) {
  std::ostringstream out;
  try {
    make_renderer("xml", out);
    FAIL() << "xml made a renderer";
  } catch (const UserError& error) {
    EXPECT_STREQ(error.what(),
                 "unknown output format `xml`; the formats are text, json, jsonl, sarif, github, "
                 "rdjson");
  }
  // A name is matched whole and as written.
  EXPECT_THROW(make_renderer("JSON", out), UserError);
  EXPECT_THROW(make_renderer("", out), UserError);
}

TEST(RendererRegistry, EachNameMakesItsOwnFormat) {
  const std::vector<FileReport> files{report_of("b.md", Lang::en, "The mayor said yes."),
                                      report_of("a.md", Lang::fr, "Le maire a dit oui.")};
  RunInfo run;
  run.tool.version = "9.9";
  run.tool.rules.push_back(
      {"headline.negated-quote", Severity::error, "Negated quote", "Citation niée"});
  EXPECT_EQ(through_registry("text", files, run), render_text(files, false));
  EXPECT_EQ(through_registry("json", files, run), render_json(files));
  EXPECT_EQ(through_registry("jsonl", files, run), render_jsonl(files[0]) + render_jsonl(files[1]));
  EXPECT_EQ(through_registry("sarif", files, run), render_sarif(files, run.tool));
  EXPECT_EQ(through_registry("github", files, run), render_github(files));
  EXPECT_EQ(through_registry("rdjson", files, run), render_rdjson(files, run.tool));
  run.color = true;
  EXPECT_EQ(through_registry("text", files, run), render_text(files, true));
}

}  // namespace
}  // namespace presscheck
