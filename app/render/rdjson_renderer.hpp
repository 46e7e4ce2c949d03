#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "render/renderer.hpp"
#include "render/report.hpp"
#include "render/tool_info.hpp"

namespace presscheck {

/// reviewdog's Diagnostic Format (rdjson): {"source": …, "diagnostics": […]}. Its columns
/// are 1-based UTF-8 byte counts and a range's end is exclusive; an end on another line
/// than the start is left out, since only the start's line is at hand.
std::string render_rdjson(const std::vector<FileReport>& files, const ToolInfo& tool);

/// The same document as a renderer (`--format rdjson`), written whole at end.
std::unique_ptr<Renderer> make_rdjson_renderer(std::ostream& out);

}  // namespace presscheck
