#include "render/github_renderer.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "core/terminal_safe.hpp"

namespace presscheck {
namespace {

std::string_view command_for(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      break;
  }
  return "notice";
}

// GitHub's end column is the last character of the annotation, ours the one after it.
std::size_t inclusive_end_column(const Location& where) {
  const std::size_t last = where.end_column > 1 ? where.end_column - 1 : 1;
  return where.end_line == where.line ? std::max(last, where.column) : last;
}

std::string escape(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A name or message as GitHub is given it: control characters escaped visibly, as in
// every output, but line breaks kept, since the command's own escaping (%0A) carries them
// and GitHub turns them back into line breaks.
std::string shown(std::string_view text) {
  return terminal_safe(text, {.tab = false, .line_break = true});
}

std::string render_one(const LocatedDiagnostic& d) {
  const Location& where = d.location;
  std::string message = shown(d.diagnostic.message);
  for (const LocatedEvidence& evidence : d.evidence) {
    message += fmt::format("\n{}:{}: {}", evidence.location.line, evidence.location.column,
                           shown(evidence.message));
  }
  if (d.diagnostic.suggestion)
    message += "\n" + shown(d.diagnostic.suggestion->text);
  return fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                     command_for(d.diagnostic.severity), github_escape_property(shown(d.path)),
                     where.line, where.column, where.end_line, inclusive_end_column(where),
                     github_escape_property(d.diagnostic.rule), github_escape_data(message));
}

std::string render_all(std::span<const FileReport> files) {
  std::string out;
  for (const LocatedDiagnostic* d : sorted_diagnostics(files))
    out += render_one(*d);
  return out;
}

class GithubRenderer final : public PathOrderedRenderer {
 public:
  using PathOrderedRenderer::PathOrderedRenderer;

 private:
  std::string one_file(const FileReport& report) override { return render_all({&report, 1}); }
  std::string closing() override { return {}; }
  std::string all_files(const std::vector<FileReport>& files) override { return render_all(files); }
};

}  // namespace

std::string github_escape_data(std::string_view text) {
  return escape(text, false);
}

std::string github_escape_property(std::string_view text) {
  return escape(text, true);
}

std::string render_github(const std::vector<FileReport>& files) {
  return render_all(files);
}

std::unique_ptr<Renderer> make_github_renderer(std::ostream& out) {
  return std::make_unique<GithubRenderer>(out);
}

}  // namespace presscheck
