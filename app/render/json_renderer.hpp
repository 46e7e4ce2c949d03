#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/json_writer.hpp"
#include "render/renderer.hpp"
#include "render/report.hpp"

namespace presscheck {

/// The `--format json` document: {"version": 1, "files": […], "diagnostics": […]}.
std::string render_json(const std::vector<FileReport>& files);

/// One diagnostic as a JSON object, shared by the json and jsonl formats.
void write_diagnostic_json(JsonWriter& json, const LocatedDiagnostic& diagnostic);

/// The same document as a renderer (`--format json`), written whole at end.
std::unique_ptr<Renderer> make_json_renderer(std::ostream& out);

}  // namespace presscheck
