#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "render/renderer.hpp"

namespace presscheck {

/// Makes a renderer that writes to `out`.
using RendererFactory = std::unique_ptr<Renderer> (*)(std::ostream& out);

/// An output format `lint --format` accepts.
struct OutputFormat {
  std::string_view name;
  RendererFactory make;
};

/// Every output format, in the order the help lists them.
std::span<const OutputFormat> output_formats();

/// Their names, for the command line's list of accepted values.
std::vector<std::string> output_format_names();

/// A renderer for the format named `name`, writing to `out`. Throws UserError naming the
/// formats there are when there is no such format.
std::unique_ptr<Renderer> make_renderer(std::string_view name, std::ostream& out);

}  // namespace presscheck
