#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "render/renderer.hpp"
#include "render/report.hpp"

namespace presscheck {

/// Compiler-style text: `path:line:col: severity: message [rule]`, the source line with a
/// caret under the span, then `note:` lines for the evidence and the fact behind it, and
/// a closing count of findings and files, also when there is none.
std::string render_text(const std::vector<FileReport>& files, bool color);

/// The same as a renderer (`--format text`): a file's findings are written as it arrives
/// when the run's files come sorted, and the count closes the output.
std::unique_ptr<Renderer> make_text_renderer(std::ostream& out);

}  // namespace presscheck
