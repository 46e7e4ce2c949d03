#include "render/jsonl_renderer.hpp"

#include "render/json_renderer.hpp"

namespace presscheck {

std::string render_jsonl(const FileReport& file) {
  std::string out;
  for (const LocatedDiagnostic& diagnostic : file.diagnostics) {
    JsonWriter json;
    write_diagnostic_json(json, diagnostic);
    out += json.str() + "\n";
  }
  return out;
}

}  // namespace presscheck
