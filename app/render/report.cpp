#include "render/report.hpp"

#include <algorithm>
#include <tuple>

namespace presscheck {

Location locate_span(const Document& document, Span span) {
  const Position begin = document.lines.position(document.text, span.begin);
  const Position end = document.lines.position(document.text, span.end);
  return {begin.line, begin.column, end.line, end.column};
}

LocatedDiagnostic locate(const Document& document, Diagnostic diagnostic) {
  LocatedDiagnostic located;
  located.path = document.path;
  located.lang = document.lang;
  located.location = locate_span(document, diagnostic.span);
  located.source_line = std::string(document.lines.line_text(document.text, located.location.line));
  for (const Evidence& evidence : diagnostic.evidence) {
    LocatedEvidence out;
    out.location = locate_span(document, evidence.span);
    out.text = std::string(document.slice(evidence.span));
    out.message = evidence.message;
    out.source_line = std::string(document.lines.line_text(document.text, out.location.line));
    located.evidence.push_back(std::move(out));
  }
  located.diagnostic = std::move(diagnostic);
  return located;
}

void sort_diagnostics(std::vector<LocatedDiagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const LocatedDiagnostic& a, const LocatedDiagnostic& b) {
                     return std::tie(a.path, a.location.line, a.location.column, a.diagnostic.rule,
                                     a.diagnostic.message) <
                            std::tie(b.path, b.location.line, b.location.column, b.diagnostic.rule,
                                     b.diagnostic.message);
                   });
}

std::vector<const LocatedDiagnostic*> sorted_diagnostics(const std::vector<FileReport>& files) {
  std::vector<const LocatedDiagnostic*> all;
  for (const FileReport& file : files) {
    for (const LocatedDiagnostic& diagnostic : file.diagnostics)
      all.push_back(&diagnostic);
  }
  std::stable_sort(
      all.begin(), all.end(), [](const LocatedDiagnostic* a, const LocatedDiagnostic* b) {
        return std::tie(a->path, a->location.line, a->location.column, a->diagnostic.rule) <
               std::tie(b->path, b->location.line, b->location.column, b->diagnostic.rule);
      });
  return all;
}

}  // namespace presscheck
