#pragma once

#include <string>
#include <vector>

#include "render/report.hpp"

namespace presscheck {

/// Compiler-style text: `path:line:col: severity: message [rule]`, the source line with a
/// caret under the span, then `note:` lines for the evidence and the fact behind it, and
/// a closing count of findings and files, also when there is none.
std::string render_text(const std::vector<FileReport>& files, bool color);

}  // namespace presscheck
