#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "input/front_matter_source.hpp"

namespace presscheck::front_matter {

/// Where a scalar sits, which decides where a plain or block scalar ends.
struct YamlScalarPlace {
  int map_indent = 0;    // column of the keys of the map holding the scalar
  bool in_flow = false;  // the map is written `{ … }`
};

/// A YAML scalar decoded from its source, each byte mapped to what it came from.
struct YamlScalarSource {
  SourceMapBuilder value;
  std::size_t begin = 0;               // the scalar's first byte, after its anchor and tag
  std::size_t end = 0;                 // where reading it stopped
  bool closed = true;                  // false for a quoted scalar that runs to the end
  std::size_t line_breaks_before = 0;  // between the node's anchor or tag and the scalar
  std::vector<std::size_t> nbsp_like;  // offsets in `value` of `\_` and `\N` escapes
};

/// Decodes the scalar whose node starts at `start` of `yaml`, in column `column` (yaml-cpp's
/// mark: its anchor or tag if it has one) by yaml-cpp's own rules of quoting, escapes, folding,
/// chomping and trimming, so that each decoded byte knows its source. Returns nullopt where the
/// source is not a scalar yaml-cpp would have accepted.
std::optional<YamlScalarSource> map_yaml_scalar(std::string_view yaml, std::size_t start,
                                                std::size_t column, YamlScalarPlace place);

/// Whether `decoded` is the value yaml-cpp gave. yaml-cpp 0.7 writes `\_` and `\N` as one
/// byte, 0xA0 and 0x85, where YAML (and later yaml-cpp) means U+00A0 and U+0085, which is
/// what `decoded` has at `nbsp_like`.
bool same_as_yaml_cpp(std::string_view decoded, std::string_view yaml_cpp,
                      const std::vector<std::size_t>& nbsp_like);

}  // namespace presscheck::front_matter
