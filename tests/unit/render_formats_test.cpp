// The github and rdjson renderers on hand-made findings: escaping, severities and columns.
#include <gtest/gtest.h>

#include "render/github_renderer.hpp"
#include "render/rdjson_renderer.hpp"

namespace presscheck {
namespace {

FileReport one_finding(Severity severity, std::string message, Location where,
                       std::string source_line) {
  LocatedDiagnostic d;
  d.path = "dir,with:odd%name.md";
  d.diagnostic.rule = "quote.not-in-body";
  d.diagnostic.severity = severity;
  d.diagnostic.message = std::move(message);
  d.location = where;
  d.source_line.text = std::move(source_line);
  FileReport report;
  report.path = d.path;
  report.diagnostics.push_back(std::move(d));
  return report;
}

TEST(RenderGithub, EscapesMessagesAndProperties) {
  EXPECT_EQ(github_escape_data("50% off\r\nnext: a, b"), "50%25 off%0D%0Anext: a, b");
  EXPECT_EQ(github_escape_property("a,b:c%\n"), "a%2Cb%3Ac%25%0A");
}

TEST(RenderGithub, InfoIsANoticeAndTheEndColumnIsInclusive) {
  const auto report =
      one_finding(Severity::info, "100% sure,\nreally", {3, 5, 3, 9}, "abcdefghijkl");
  EXPECT_EQ(render_github({report}),
            "::notice file=dir%2Cwith%3Aodd%25name.md,line=3,col=5,endLine=3,endColumn=8,"
            "title=quote.not-in-body::100%25 sure,%0Areally\n");
}

TEST(RenderRdjson, ColumnsCountUtf8Bytes) {
  // «, é and » take two bytes each: code-point column 4 (the space) is byte column 7.
  const auto report = one_finding(Severity::warning, "m", {1, 4, 1, 6}, "«é» ab");
  EXPECT_EQ(
      render_rdjson({report}, ToolInfo{}),
      R"({"source":{"name":"presscheck"},"diagnostics":[{"message":"m","location":{"path":"dir,with:odd%name.md","range":{"start":{"line":1,"column":7},"end":{"line":1,"column":9}}},"severity":"WARNING","source":{"name":"presscheck"},"code":{"value":"quote.not-in-body","url":"https://github.com/presscheck/presscheck/blob/main/docs/rules/quote.not-in-body.md"}}]})"
      "\n");
}

TEST(RenderRdjson, AnEndOnAnotherLineIsLeftOut) {
  const auto report = one_finding(Severity::error, "m", {1, 2, 2, 3}, "ab");
  const std::string out = render_rdjson({report}, ToolInfo{});
  EXPECT_NE(out.find(R"("range":{"start":{"line":1,"column":2}})"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("severity":"ERROR")"), std::string::npos);
}

}  // namespace
}  // namespace presscheck
