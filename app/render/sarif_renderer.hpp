#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "render/renderer.hpp"
#include "render/report.hpp"
#include "render/tool_info.hpp"

namespace presscheck {

/// A SARIF 2.1.0 log with one run: the tool and its rules, then one result per finding,
/// regions 1-based with columns counted in Unicode code points, evidence as related
/// locations.
std::string render_sarif(const std::vector<FileReport>& files, const ToolInfo& tool);

/// A path as a relative URI reference: characters outside RFC 3986's unreserved set and
/// '/' are percent-encoded, so that spaces, accents and "<stdin>" stay valid.
std::string path_to_uri(std::string_view path);

/// The same document as a renderer (`--format sarif`), written whole at end.
std::unique_ptr<Renderer> make_sarif_renderer(std::ostream& out);

}  // namespace presscheck
