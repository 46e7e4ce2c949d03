#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "render/renderer.hpp"
#include "render/report.hpp"

namespace presscheck {

/// GitHub Actions workflow commands, one per finding:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`, with `::warning`
/// and `::notice` for the lower severities. Evidence follows the message on its own lines.
std::string render_github(const std::vector<FileReport>& files);

/// The same as a renderer (`--format github`), written file by file when the run's files
/// come sorted.
std::unique_ptr<Renderer> make_github_renderer(std::ostream& out);

/// Escapes a command's message: %, CR and LF become %25, %0D and %0A.
std::string github_escape_data(std::string_view text);
/// Escapes a property value: as for the message, plus ':' and ',' as %3A and %2C.
std::string github_escape_property(std::string_view text);

}  // namespace presscheck
