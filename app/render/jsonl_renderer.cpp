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

namespace {

// Lines follow the files in the order they are reported, so nothing is held back.
class JsonlRenderer final : public Renderer {
 public:
  using Renderer::Renderer;
  void begin(const RunInfo&) override {}
  void file(const FileReport& report) override { write_now(render_jsonl(report)); }
  void end() override {}
  bool streams() const override { return true; }
};

}  // namespace

std::unique_ptr<Renderer> make_jsonl_renderer(std::ostream& out) {
  return std::make_unique<JsonlRenderer>(out);
}

}  // namespace presscheck
