#include "render/rdjson_renderer.hpp"

#include "core/json_writer.hpp"
#include "core/terminal_safe.hpp"
#include "core/utf8.hpp"
#include "render/rule_docs.hpp"

namespace presscheck {
namespace {

std::string_view rdjson_severity(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "ERROR";
    case Severity::warning:
      return "WARNING";
    case Severity::info:
      break;
  }
  return "INFO";
}

// The byte column of a code-point column of the line `source` is an excerpt of; past the
// excerpt's end, bytes are counted as if the rest were one byte each, which keeps
// zero-width findings at the line's end sensible.
std::size_t byte_column(const LineExcerpt& source, std::size_t column) {
  const std::string_view text = source.text;
  std::size_t pos = 0;
  std::size_t index = source.first_column;
  while (index < column && pos < text.size()) {
    utf8::next(text, pos);
    ++index;
  }
  return source.first_byte_column + pos + (column > index ? column - index : 0);
}

void write_position(JsonWriter& json, std::size_t line, std::size_t column) {
  json.begin_object();
  json.key("line").value(static_cast<long long>(line));
  json.key("column").value(static_cast<long long>(column));
  json.end_object();
}

void write_location(JsonWriter& json, std::string_view path, const Location& where,
                    const LineExcerpt& source_line) {
  json.key("location").begin_object();
  json.key("path").value(valid_utf8(path));
  json.key("range").begin_object();
  json.key("start");
  write_position(json, where.line, byte_column(source_line, where.column));
  if (where.end_line == where.line) {
    json.key("end");
    write_position(json, where.end_line, byte_column(source_line, where.end_column));
  }
  json.end_object();
  json.end_object();
}

// reviewdog turns these into review suggestions that replace exactly the range given.
void write_suggestions(JsonWriter& json, const LocatedDiagnostic& d) {
  if (!d.fix)
    return;
  json.key("suggestions").begin_array().begin_object();
  json.key("range").begin_object();
  json.key("start");
  write_position(json, d.fix->location.line, d.fix->byte_column);
  json.key("end");
  write_position(json, d.fix->location.end_line, d.fix->end_byte_column);
  json.end_object();
  json.key("text").value(valid_utf8(d.diagnostic.suggestion->text));
  json.end_object().end_array();
}

void write_diagnostic(JsonWriter& json, const LocatedDiagnostic& d, const ToolInfo& tool) {
  json.begin_object();
  json.key("message").value(valid_utf8(d.diagnostic.message));
  write_location(json, d.path, d.location, d.source_line);
  json.key("severity").value(rdjson_severity(d.diagnostic.severity));
  json.key("source").begin_object().key("name").value(tool.name).end_object();
  json.key("code").begin_object();
  json.key("value").value(d.diagnostic.rule);
  json.key("url").value(rule_doc_url(d.diagnostic.rule));
  json.end_object();
  write_suggestions(json, d);
  if (!d.evidence.empty()) {
    json.key("related_locations").begin_array();
    for (const LocatedEvidence& evidence : d.evidence) {
      json.begin_object();
      json.key("message").value(valid_utf8(evidence.message));
      write_location(json, d.path, evidence.location, evidence.source_line);
      json.end_object();
    }
    json.end_array();
  }
  json.end_object();
}

}  // namespace

std::string render_rdjson(const std::vector<FileReport>& files, const ToolInfo& tool) {
  JsonWriter json;
  json.begin_object();
  json.key("source").begin_object().key("name").value(tool.name).end_object();
  json.key("diagnostics").begin_array();
  for (const LocatedDiagnostic* d : sorted_diagnostics(files))
    write_diagnostic(json, *d, tool);
  json.end_array();
  json.end_object();
  return json.str() + "\n";
}

namespace {

class RdjsonRenderer final : public DocumentRenderer {
 public:
  using DocumentRenderer::DocumentRenderer;

 private:
  std::string document(const std::vector<FileReport>& files, const RunInfo& run) override {
    return render_rdjson(files, run.tool);
  }
};

}  // namespace

std::unique_ptr<Renderer> make_rdjson_renderer(std::ostream& out) {
  return std::make_unique<RdjsonRenderer>(out);
}

}  // namespace presscheck
