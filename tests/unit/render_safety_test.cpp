// Every renderer on findings whose file name, message, source line and suggestion hold
// control characters, bidirectional overrides and bytes that are not UTF-8: the text and
// github formats show them escaped, the JSON formats stay valid JSON.
#include <gtest/gtest.h>

#include "core/json_reader.hpp"
#include "core/utf8.hpp"
#include "render/github_renderer.hpp"
#include "render/json_renderer.hpp"
#include "render/jsonl_renderer.hpp"
#include "render/rdjson_renderer.hpp"
#include "render/sarif_renderer.hpp"
#include "render/text_renderer.hpp"

namespace presscheck {
namespace {

// « caf\xe9 » is a Latin-1 name; the message carries an OSC title sequence, the source line
// an ESC and a right-to-left override inside the finding.
FileReport hostile_report(std::string path = "dir/caf\xe9\x1b.md") {
  LocatedDiagnostic d;
  d.path = std::move(path);
  d.diagnostic.rule = "fact.name-spelling";
  d.diagnostic.severity = Severity::warning;
  d.diagnostic.message = "« a\x1b]0;t\x07 »";
  d.diagnostic.suggestion = Suggestion{{0, 1}, "Breton\x1b[2J"};
  d.location = {1, 3, 1, 7};  // b, c, d and U+202E
  d.source_line.text =
      "a\x1b"
      "bcd\u202e"
      "ef";
  d.source_line.line_columns = 8;
  FileReport report;
  report.path = d.path;
  report.diagnostics.push_back(std::move(d));
  return report;
}

TEST(RenderSafety, TextShowsEveryControlEscapedWithTheCaretStillUnderTheFinding) {
  EXPECT_EQ(render_text({hostile_report()}, false),
            "dir/caf\\xe9\\x1b.md:1:3: warning: « a\\x1b]0;t\\x07 » [fact.name-spelling]\n"
            "    1 | a\\x1bbcd\\u202eef\n"
            "      |      ^~~~~~~~~\n"
            "dir/caf\\xe9\\x1b.md:1:3: help: did you mean Breton\\x1b[2J\n"
            "1 warning in 1 file\n");
}

TEST(RenderSafety, TextOfALongLineShowsItsWindowEscaped) {
  // The finding stands 200 code points into a line of 400, an ESC just before it.
  FileReport report = hostile_report("long.md");
  LocatedDiagnostic& d = report.diagnostics.front();
  d.diagnostic.suggestion.reset();
  d.location = {1, 201, 1, 204};
  d.source_line.text = std::string(39, 'x') + "\x1b" + "abc" + std::string(117, 'y');
  d.source_line.first_column = 161;
  d.source_line.first_byte_column = 161;
  d.source_line.line_columns = 400;
  EXPECT_EQ(render_text({report}, false),
            "long.md:1:201: warning: « a\\x1b]0;t\\x07 » [fact.name-spelling]\n"
            "    1 | …" +
                std::string(29, 'x') + "\\x1babc" + std::string(67, 'y') +
                "…\n"
                "      | " +
                std::string(34, ' ') +
                "^~~\n"
                "1 warning in 1 file\n");
}

TEST(RenderSafety, GithubEscapesControlsAndKeepsNoLineBreakOfAName) {
  EXPECT_EQ(render_github({hostile_report()}),
            "::warning file=dir/caf\\xe9\\x1b.md,line=1,col=3,endLine=1,endColumn=6,"
            "title=fact.name-spelling::« a\\x1b]0;t\\x07 »%0ABreton\\x1b[2J\n");
  // A folder named with a line break and a workflow command stays inside its property.
  const std::string out = render_github({hostile_report("evil\n::error::pwned/a.md")});
  EXPECT_EQ(out.substr(0, 60), "::warning file=evil%0A%3A%3Aerror%3A%3Apwned/a.md,line=1,col");
  EXPECT_EQ(out.find('\n'), out.size() - 1) << out;
}

// Parsing refuses text that is not UTF-8, so a parse is the check that matters.
std::string path_in(const std::string& json, std::initializer_list<std::string_view> keys) {
  const JsonValue root = parse_json(json);
  const JsonValue* value = &root;
  for (const std::string_view key : keys) {
    if (value->type() == JsonValue::Type::array)
      value = &value->as_array().front();
    value = value->find(key);
  }
  return value->as_string();
}

TEST(RenderSafety, JsonFormatsWriteBytesThatAreNotUtf8AsHexAndStayValid) {
  const std::vector<FileReport> reports{hostile_report()};
  const std::string json = render_json(reports);
  ASSERT_FALSE(utf8::first_invalid(json)) << json;
  EXPECT_EQ(path_in(json, {"files", "path"}), "dir/caf\\xe9\x1b.md");
  EXPECT_EQ(path_in(json, {"diagnostics", "path"}), "dir/caf\\xe9\x1b.md");
  EXPECT_EQ(path_in(json, {"diagnostics", "message"}), "« a\x1b]0;t\x07 »");
  const std::string jsonl = render_jsonl(reports.front());
  EXPECT_EQ(path_in(jsonl, {"path"}), "dir/caf\\xe9\x1b.md");
  const std::string rdjson = render_rdjson(reports, ToolInfo{});
  EXPECT_EQ(path_in(rdjson, {"diagnostics", "location", "path"}), "dir/caf\\xe9\x1b.md");
}

TEST(RenderSafety, SarifPercentEncodesEveryByteOfAnOddName) {
  const std::string sarif = render_sarif({hostile_report()}, ToolInfo{});
  ASSERT_FALSE(utf8::first_invalid(sarif));
  EXPECT_NE(sarif.find(R"("uri":"dir/caf%E9%1B.md")"), std::string::npos) << sarif;
}

}  // namespace
}  // namespace presscheck
