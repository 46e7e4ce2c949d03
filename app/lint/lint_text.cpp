#include "lint/lint_text.hpp"

#include "checks/input_rules.hpp"
#include "checks/registry.hpp"
#include "input/ninjs_reader.hpp"
#include "input/reader.hpp"
#include "input/suppressions.hpp"
#include "lint/draft_view.hpp"
#include "text/analysis.hpp"
#include "text/language_id.hpp"

namespace presscheck {
namespace {

// Severities from `[rules]`: a rule set to "off" reports nothing.
void apply_rule_levels(const Config& config, std::vector<Diagnostic>& diagnostics) {
  std::erase_if(diagnostics, [&](Diagnostic& d) {
    const auto severity = config.severity_for(d.rule, d.severity);
    if (severity)
      d.severity = *severity;
    return !severity;
  });
}

// A suggestion moves to the file's bytes with its finding; it stays applicable only where
// those bytes are the very words the check read, so that an edit never eats markup or an
// entity standing between them.
void map_suggestion(const SourceText& source, const Document& doc, Suggestion& suggestion) {
  const std::string_view read = doc.slice(suggestion.span);
  suggestion.span = source.map.to_source(suggestion.span);
  const std::string_view file =
      std::string_view(source.text)
          .substr(suggestion.span.begin, suggestion.span.end - suggestion.span.begin);
  suggestion.applicable = suggestion.applicable && file == read;
}

}  // namespace

bool is_known_rule(std::string_view id) {
  return find_rule_info(id) != nullptr;
}

FileReport lint_text(const std::string& path, std::string bytes, const LintSettings& settings,
                     const Config& config, DraftView* view) {
  const ReaderOptions options{config.front_matter_keys()};
  ReadResult read = read_document(path, std::move(bytes), format_for_path(path), options);
  Document& doc = read.document;
  const std::optional<Lang> preset = settings.lang ? settings.lang : config.lang.value;
  // Spelled out rather than nested value_or, which would guess the language of every draft
  // even when its front matter or the settings already give it.
  if (settings.forced_lang)
    doc.lang = *settings.forced_lang;
  else if (read.declared_lang)
    doc.lang = *read.declared_lang;
  else if (preset)
    doc.lang = *preset;
  else
    doc.lang = detect_language(doc.text, Lang::en);
  if (settings.forced_date)
    doc.date = settings.forced_date;
  FileReport report;
  report.path = doc.path;
  report.lang = doc.lang;
  if (const Block* headline = doc.headline())
    report.headline = std::string(doc.slice(headline->span));
  std::vector<Diagnostic> diagnostics;
  if (read.lintable) {
    const Analysis analysis = analyze(doc, *settings.rules);
    std::optional<Extraction> extraction;
    if (settings.readers)
      extraction = extract(doc, analysis, *settings.readers);
    const CheckContext context{doc, analysis, *settings.rules, extraction ? &*extraction : nullptr,
                               settings.readers ? settings.readers->facts() : nullptr};
    diagnostics = run_checks(context);
  }
  // From here on, spans are offsets into the file: decoded formats map theirs back.
  Document source_doc;
  if (read.source) {
    for (Diagnostic& d : diagnostics) {
      d.span = read.source->map.to_source(d.span);
      for (Evidence& evidence : d.evidence)
        evidence.span = read.source->map.to_source(evidence.span);
      if (d.suggestion)
        map_suggestion(*read.source, doc, *d.suggestion);
    }
    source_doc.path = doc.path;
    source_doc.lang = doc.lang;  // renderers word notes in it
    source_doc.text = std::move(read.source->text);
    source_doc.lines = std::move(read.source->lines);
  }
  const Document& located = read.source ? source_doc : doc;
  if (view)
    *view = view_of(doc, located, read.source ? &read.source->map : nullptr);
  // Input problems are placed in the file already.
  for (const InputProblem& problem : read.problems) {
    diagnostics.push_back(problem.kind == InputProblemKind::bad_ninjs
                              ? bad_ninjs_diagnostic(problem, doc.lang)
                              : input_problem_diagnostic(problem, doc.lang));
  }
  apply_rule_levels(config, diagnostics);
  apply_suppressions(read.suppressions, doc.lang, is_known_rule, diagnostics);
  apply_rule_levels(config, diagnostics);  // for suppression.unused, added just now
  report.diagnostics = locate_all(located, std::move(diagnostics));
  sort_diagnostics(report.diagnostics);
  return report;
}

}  // namespace presscheck
