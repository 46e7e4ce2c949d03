#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "render/renderer.hpp"
#include "render/report.hpp"

namespace presscheck {

/// JSON Lines: one finding per line, as the `json` format writes it, for one file at a
/// time so that a long run can be read while it goes.
std::string render_jsonl(const FileReport& file);

/// The same as a renderer (`--format jsonl`): each file's lines as soon as it arrives.
std::unique_ptr<Renderer> make_jsonl_renderer(std::ostream& out);

}  // namespace presscheck
