#include "render/formats.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/error.hpp"
#include "core/terminal_safe.hpp"
#include "render/github_renderer.hpp"
#include "render/json_renderer.hpp"
#include "render/jsonl_renderer.hpp"
#include "render/rdjson_renderer.hpp"
#include "render/sarif_renderer.hpp"
#include "render/text_renderer.hpp"

namespace presscheck {
namespace {

// A new format is one renderer file pair and one line here.
// clang-format off
constexpr OutputFormat kFormats[] = {
    {"text", make_text_renderer},
    {"json", make_json_renderer},
    {"jsonl", make_jsonl_renderer},
    {"sarif", make_sarif_renderer},
    {"github", make_github_renderer},
    {"rdjson", make_rdjson_renderer},
};
// clang-format on

}  // namespace

std::span<const OutputFormat> output_formats() {
  return kFormats;
}

std::vector<std::string> output_format_names() {
  std::vector<std::string> names;
  for (const OutputFormat& format : kFormats)
    names.emplace_back(format.name);
  return names;
}

std::unique_ptr<Renderer> make_renderer(std::string_view name, std::ostream& out) {
  for (const OutputFormat& format : kFormats) {
    if (format.name == name)
      return format.make(out);
  }
  throw UserError(fmt::format("unknown output format `{}`; the formats are {}", terminal_safe(name),
                              fmt::join(output_format_names(), ", ")));
}

}  // namespace presscheck
