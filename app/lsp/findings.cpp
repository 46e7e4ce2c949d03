#include "lsp/findings.hpp"

#include <fmt/format.h>

#include "render/fact_note.hpp"
#include "render/rule_docs.hpp"

namespace presscheck::lsp {
namespace {

int lsp_severity(Severity severity) {
  switch (severity) {
    case Severity::error:
      return 1;
    case Severity::warning:
      return 2;
    case Severity::info:
      break;
  }
  return 3;
}

Json location_json(const std::string& uri, const PositionMap& map, Span span) {
  return {{"uri", uri}, {"range", range_json(map, span)}};
}

bool fr(const LocatedDiagnostic& finding) {
  return finding.lang == Lang::fr;
}

std::string action_title(const LocatedDiagnostic& finding) {
  const std::string& text = finding.diagnostic.suggestion->text;
  return fr(finding) ? fmt::format("Écrire « {} »", text) : fmt::format("Write \"{}\"", text);
}

// Under the cursor: inside the span, or at its end (where the cursor sits after a word).
bool under(Span span, std::size_t offset) {
  return span.begin <= offset && offset <= span.end;
}

bool meets(Span span, Span range) {
  return span.begin <= range.end && range.begin <= span.end;
}

// Markdown reads `*`, `_`, backticks and brackets in a quote as markup.
std::string escape_markdown(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos)
      out += '\\';
    out += c;
  }
  return out;
}

std::string hover_text(const LocatedDiagnostic& finding) {
  const Diagnostic& d = finding.diagnostic;
  std::string out = fmt::format("**{}** [`{}`]({})\n\n{}\n", severity_name(d.severity), d.rule,
                                rule_doc_url(d.rule), escape_markdown(d.message));
  for (const LocatedEvidence& evidence : finding.evidence) {
    out += fmt::format("\n> {}\n\n{} ({} {})\n", escape_markdown(evidence.text),
                       escape_markdown(evidence.message), fr(finding) ? "ligne" : "line",
                       evidence.location.line);
  }
  if (d.fact) {
    out += fmt::format("\n{}\n", escape_markdown(fact_note(*d.fact, fr(finding))));
    if (!d.fact->source_title.empty() && !d.fact->source_url.empty())
      out += fmt::format("\n[{}]({})\n", escape_markdown(d.fact->source_title), d.fact->source_url);
  }
  if (d.suggestion) {
    out += fmt::format("\n{} « {} »\n", fr(finding) ? "Écrire plutôt" : "Did you mean",
                       escape_markdown(d.suggestion->text));
  }
  return out;
}

}  // namespace

Json range_json(const PositionMap& map, Span span) {
  const LspPosition start = map.position(span.begin);
  const LspPosition end = map.position(span.end);
  return {{"start", {{"line", start.line}, {"character", start.character}}},
          {"end", {{"line", end.line}, {"character", end.character}}}};
}

Json diagnostic_json(const LocatedDiagnostic& finding, const PositionMap& map,
                     const std::string& uri) {
  const Diagnostic& d = finding.diagnostic;
  Json related = Json::array();
  for (const Evidence& evidence : d.evidence) {
    related.push_back(
        {{"location", location_json(uri, map, evidence.span)}, {"message", evidence.message}});
  }
  if (d.fact) {
    related.push_back({{"location", location_json(uri, map, d.span)},
                       {"message", fact_note(*d.fact, fr(finding))}});
  }
  Json out = {{"range", range_json(map, d.span)},
              {"severity", lsp_severity(d.severity)},
              {"code", d.rule},
              {"codeDescription", {{"href", rule_doc_url(d.rule)}}},
              {"source", "presscheck"},
              {"message", d.message}};
  if (!related.empty())
    out["relatedInformation"] = std::move(related);
  return out;
}

Json code_actions_json(const std::vector<LocatedDiagnostic>& findings, const PositionMap& map,
                       const std::string& uri, Span range) {
  Json actions = Json::array();
  for (const LocatedDiagnostic& finding : findings) {
    const auto& suggestion = finding.diagnostic.suggestion;
    if (!suggestion || !suggestion->applicable || !meets(finding.diagnostic.span, range))
      continue;
    const Json edit = {{"range", range_json(map, suggestion->span)}, {"newText", suggestion->text}};
    actions.push_back({{"title", action_title(finding)},
                       {"kind", "quickfix"},
                       {"isPreferred", true},
                       {"diagnostics", Json::array({diagnostic_json(finding, map, uri)})},
                       {"edit", {{"changes", {{uri, Json::array({edit})}}}}}});
  }
  return actions;
}

Json hover_json(const std::vector<LocatedDiagnostic>& findings, const PositionMap& map,
                std::size_t offset) {
  std::string text;
  Span covered{offset, offset};
  bool first = true;
  for (const LocatedDiagnostic& finding : findings) {
    const Span span = finding.diagnostic.span;
    if (!under(span, offset))
      continue;
    text += (text.empty() ? "" : "\n---\n\n") + hover_text(finding);
    covered =
        first ? span : Span{std::min(covered.begin, span.begin), std::max(covered.end, span.end)};
    first = false;
  }
  if (text.empty())
    return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", text}}},
          {"range", range_json(map, covered)}};
}

}  // namespace presscheck::lsp
