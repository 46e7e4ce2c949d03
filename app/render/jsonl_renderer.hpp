#pragma once

#include <string>

#include "render/report.hpp"

namespace presscheck {

/// JSON Lines: one finding per line, as the `json` format writes it, for one file at a
/// time so that a long run can be read while it goes.
std::string render_jsonl(const FileReport& file);

}  // namespace presscheck
