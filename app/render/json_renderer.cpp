#include "render/json_renderer.hpp"

#include "core/terminal_safe.hpp"

namespace presscheck {
namespace {

void write_location(JsonWriter& json, const Location& location) {
  json.key("line").value(static_cast<long long>(location.line));
  json.key("column").value(static_cast<long long>(location.column));
  json.key("end_line").value(static_cast<long long>(location.end_line));
  json.key("end_column").value(static_cast<long long>(location.end_column));
}

void write_fact(JsonWriter& json, const FactEvidence& fact) {
  json.key("fact").begin_object();
  json.key("id").value(valid_utf8(fact.id));
  json.key("value").value(valid_utf8(fact.value));
  json.key("valid_from");
  fact.valid_from.empty() ? json.null() : json.value(valid_utf8(fact.valid_from));
  json.key("valid_to");
  fact.valid_to.empty() ? json.null() : json.value(valid_utf8(fact.valid_to));
  json.key("point_in_time");
  fact.point_in_time.empty() ? json.null() : json.value(valid_utf8(fact.point_in_time));
  json.key("source").begin_object();
  json.key("url").value(valid_utf8(fact.source_url));
  json.key("title").value(valid_utf8(fact.source_title));
  json.end_object();
  json.end_object();
}

}  // namespace

void write_diagnostic_json(JsonWriter& json, const LocatedDiagnostic& d) {
  json.begin_object();
  json.key("path").value(valid_utf8(d.path));
  json.key("rule").value(d.diagnostic.rule);
  json.key("severity").value(severity_name(d.diagnostic.severity));
  write_location(json, d.location);
  json.key("message").value(valid_utf8(d.diagnostic.message));
  json.key("evidence").begin_array();
  for (const LocatedEvidence& evidence : d.evidence) {
    json.begin_object();
    json.key("path").value(valid_utf8(d.path));
    write_location(json, evidence.location);
    json.key("text").value(valid_utf8(evidence.text));
    json.key("message").value(valid_utf8(evidence.message));
    json.end_object();
  }
  json.end_array();
  if (d.diagnostic.fact)
    write_fact(json, *d.diagnostic.fact);
  if (d.diagnostic.suggestion)
    json.key("suggestion").value(valid_utf8(d.diagnostic.suggestion->text));
  // The range the suggestion replaces, present only when it can be applied as an edit.
  if (d.fix) {
    json.key("suggestion_range").begin_object();
    write_location(json, d.fix->location);
    json.end_object();
  }
  json.end_object();
}

std::string render_json(const std::vector<FileReport>& files) {
  JsonWriter json;
  json.begin_object();
  json.key("version").value(1LL);
  json.key("files").begin_array();
  for (const FileReport& file : files) {
    json.begin_object();
    json.key("path").value(valid_utf8(file.path));
    json.key("lang");
    file.lang ? json.value(lang_code(*file.lang)) : json.null();
    json.key("headline").value(valid_utf8(file.headline));
    json.end_object();
  }
  json.end_array();
  json.key("diagnostics").begin_array();
  for (const LocatedDiagnostic* d : sorted_diagnostics(files))
    write_diagnostic_json(json, *d);
  json.end_array();
  json.end_object();
  return json.str() + "\n";
}

namespace {

class JsonRenderer final : public DocumentRenderer {
 public:
  using DocumentRenderer::DocumentRenderer;

 private:
  std::string document(const std::vector<FileReport>& files, const RunInfo&) override {
    return render_json(files);
  }
};

}  // namespace

std::unique_ptr<Renderer> make_json_renderer(std::ostream& out) {
  return std::make_unique<JsonRenderer>(out);
}

}  // namespace presscheck
