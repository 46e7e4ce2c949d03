#include "render/sarif_renderer.hpp"

#include <fmt/format.h>

#include "core/json_writer.hpp"
#include "core/terminal_safe.hpp"
#include "render/rule_docs.hpp"

namespace presscheck {
namespace {

constexpr std::string_view kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      break;
  }
  return "note";
}

void write_message(JsonWriter& json, std::string_view text) {
  json.key("message").begin_object().key("text").value(valid_utf8(text)).end_object();
}

void write_region(JsonWriter& json, const Location& where) {
  json.begin_object();
  json.key("startLine").value(static_cast<long long>(where.line));
  json.key("startColumn").value(static_cast<long long>(where.column));
  json.key("endLine").value(static_cast<long long>(where.end_line));
  json.key("endColumn").value(static_cast<long long>(where.end_column));
  json.end_object();
}

void write_artifact_location(JsonWriter& json, std::string_view path) {
  json.key("artifactLocation").begin_object().key("uri").value(path_to_uri(path)).end_object();
}

void write_physical_location(JsonWriter& json, std::string_view path, const Location& where) {
  json.key("physicalLocation").begin_object();
  write_artifact_location(json, path);
  json.key("region");
  write_region(json, where);
  json.end_object();
}

// A summary as the start of a sentence: summaries begin in lower case, to follow a colon.
std::string capitalised(std::string_view summary) {
  std::string text(summary);
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// What code-scanning tools show in a rule's help panel: both summaries, how to silence one
// finding, and a link to the rule's page (docs/rules/), which has examples and fixes.
void write_rule_help(JsonWriter& json, const RuleDescription& rule) {
  const std::string url = rule_doc_url(rule.id);
  json.key("fullDescription").begin_object();
  json.key("text").value(
      fmt::format("{}. En français : {}.", capitalised(rule.summary), rule.summary_fr));
  json.end_object();
  json.key("help").begin_object();
  json.key("text").value(
      fmt::format("{}.\nExamples, how to fix and how to suppress: {}\nTo accept one finding, "
                  "put <!-- presscheck-disable-next-line {} -- reason --> above its line.",
                  capitalised(rule.summary), url, rule.id));
  json.key("markdown")
      .value(fmt::format("**{}**: {}.\n\n*En français :* {}.\n\nThe [rule's page]({}) shows a "
                         "draft that fires and one that stays silent, how to fix and how to "
                         "suppress. To accept one finding, put "
                         "`<!-- presscheck-disable-next-line {} -- reason -->` above its line.",
                         rule.id, rule.summary, rule.summary_fr, url, rule.id));
  json.end_object();
  json.key("helpUri").value(url);
}

// A certain suggestion becomes a fix: one replacement of the region it covers.
void write_fixes(JsonWriter& json, const LocatedDiagnostic& d) {
  if (!d.fix)
    return;
  const Suggestion& suggestion = *d.diagnostic.suggestion;
  json.key("fixes").begin_array().begin_object();
  const std::string description = d.lang == Lang::fr ? "écrire « " + suggestion.text + " »"
                                                     : "write \"" + suggestion.text + "\"";
  json.key("description").begin_object().key("text").value(valid_utf8(description)).end_object();
  json.key("artifactChanges").begin_array().begin_object();
  write_artifact_location(json, d.path);
  json.key("replacements").begin_array().begin_object();
  json.key("deletedRegion");
  write_region(json, d.fix->location);
  json.key("insertedContent").begin_object().key("text").value(valid_utf8(suggestion.text));
  json.end_object();
  json.end_object().end_array();
  json.end_object().end_array();
  json.end_object().end_array();
}

void write_rules(JsonWriter& json, const ToolInfo& tool) {
  json.key("rules").begin_array();
  for (const RuleDescription& rule : tool.rules) {
    json.begin_object();
    json.key("id").value(rule.id);
    json.key("shortDescription").begin_object().key("text").value(rule.summary).end_object();
    write_rule_help(json, rule);
    json.key("defaultConfiguration").begin_object();
    json.key("level").value(sarif_level(rule.default_severity));
    json.end_object();
    json.end_object();
  }
  json.end_array();
}

// The fact has no SARIF field of its own, so it travels in the result's property bag; so
// does a suggestion that cannot be applied as an edit (a fix says the rest).
void write_properties(JsonWriter& json, const LocatedDiagnostic& d) {
  const Diagnostic& diagnostic = d.diagnostic;
  const bool loose_suggestion = diagnostic.suggestion && !d.fix;
  if (!diagnostic.fact && !loose_suggestion)
    return;
  json.key("properties").begin_object();
  if (loose_suggestion)
    json.key("suggestion").value(valid_utf8(diagnostic.suggestion->text));
  if (diagnostic.fact) {
    const FactEvidence& fact = *diagnostic.fact;
    json.key("fact").begin_object();
    json.key("id").value(valid_utf8(fact.id));
    json.key("value").value(valid_utf8(fact.value));
    json.key("validFrom").value(valid_utf8(fact.valid_from));
    json.key("validTo").value(valid_utf8(fact.valid_to));
    json.key("sourceUrl").value(valid_utf8(fact.source_url));
    json.key("sourceTitle").value(valid_utf8(fact.source_title));
    json.end_object();
  }
  json.end_object();
}

void write_result(JsonWriter& json, const LocatedDiagnostic& d, const ToolInfo& tool) {
  json.begin_object();
  json.key("ruleId").value(d.diagnostic.rule);
  for (std::size_t i = 0; i < tool.rules.size(); ++i) {
    if (tool.rules[i].id == d.diagnostic.rule) {
      json.key("ruleIndex").value(static_cast<long long>(i));
    }
  }
  json.key("level").value(sarif_level(d.diagnostic.severity));
  write_message(json, d.diagnostic.message);
  json.key("locations").begin_array().begin_object();
  write_physical_location(json, d.path, d.location);
  json.end_object().end_array();
  if (!d.evidence.empty()) {
    json.key("relatedLocations").begin_array();
    for (std::size_t i = 0; i < d.evidence.size(); ++i) {
      json.begin_object();
      json.key("id").value(static_cast<long long>(i + 1));
      write_physical_location(json, d.path, d.evidence[i].location);
      write_message(json, d.evidence[i].message);
      json.end_object();
    }
    json.end_array();
  }
  write_fixes(json, d);
  write_properties(json, d);
  json.end_object();
}

bool is_unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '/';
}

}  // namespace

std::string path_to_uri(std::string_view path) {
  std::string uri;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_unreserved(byte)) {
      uri += c;
    } else {
      uri += fmt::format("%{:02X}", byte);
    }
  }
  return uri;
}

std::string render_sarif(const std::vector<FileReport>& files, const ToolInfo& tool) {
  JsonWriter json;
  json.begin_object();
  json.key("$schema").value(kSarifSchema);
  json.key("version").value("2.1.0");
  json.key("runs").begin_array().begin_object();
  json.key("tool").begin_object().key("driver").begin_object();
  json.key("name").value(tool.name);
  json.key("version").value(tool.version);
  json.key("semanticVersion").value(tool.version);
  write_rules(json, tool);
  json.end_object().end_object();
  json.key("columnKind").value("unicodeCodePoints");
  json.key("results").begin_array();
  for (const LocatedDiagnostic* d : sorted_diagnostics(files))
    write_result(json, *d, tool);
  json.end_array();
  json.end_object().end_array();
  json.end_object();
  return json.str() + "\n";
}

namespace {

class SarifRenderer final : public DocumentRenderer {
 public:
  using DocumentRenderer::DocumentRenderer;

 private:
  std::string document(const std::vector<FileReport>& files, const RunInfo& run) override {
    return render_sarif(files, run.tool);
  }
};

}  // namespace

std::unique_ptr<Renderer> make_sarif_renderer(std::ostream& out) {
  return std::make_unique<SarifRenderer>(out);
}

}  // namespace presscheck
