#pragma once

#include <string>
#include <vector>

#include "core/json_writer.hpp"
#include "render/report.hpp"

namespace presscheck {

/// The `--format json` document: {"version": 1, "files": […], "diagnostics": […]}.
std::string render_json(const std::vector<FileReport>& files);

/// One diagnostic as a JSON object, shared by the json and jsonl formats.
void write_diagnostic_json(JsonWriter& json, const LocatedDiagnostic& diagnostic);

}  // namespace presscheck
