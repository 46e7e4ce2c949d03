#include "input/yaml_scalar_source.hpp"

#include <algorithm>
#include <string>

#include "input/yaml_scalar_walker.hpp"

namespace presscheck::front_matter {
namespace {

using yaml_walk::Chomp;
using yaml_walk::Fold;
using yaml_walk::is_blank;
using yaml_walk::is_blank_or_break;
using yaml_walk::Rules;
using yaml_walk::ScalarWalker;
using yaml_walk::Style;

constexpr std::size_t npos = std::string::npos;

// Reads the header of a `|` or `>` scalar: its indentation and chomping indicators.
bool read_block_header(std::string_view yaml, std::size_t& pos, int map_indent, Rules& rules) {
  rules.style = yaml[pos] == '|' ? Style::literal : Style::folded;
  rules.fold = rules.style == Style::literal ? Fold::none : Fold::block;
  rules.chomp = Chomp::clip;
  rules.indent = 1;
  rules.detect_indent = true;
  ++pos;
  bool chomp_seen = false;
  bool indent_seen = false;
  for (int i = 0; i < 2 && pos < yaml.size(); ++i, ++pos) {
    const char c = yaml[pos];
    if ((c == '+' || c == '-') && !chomp_seen) {
      rules.chomp = c == '+' ? Chomp::keep : Chomp::strip;
      chomp_seen = true;
    } else if (c >= '1' && c <= '9' && !indent_seen) {
      rules.indent = c - '0';
      rules.detect_indent = false;
      indent_seen = true;
    } else {
      break;
    }
  }
  while (is_blank(yaml, pos))
    ++pos;
  if (pos < yaml.size() && yaml[pos] == '#') {
    while (pos < yaml.size() && break_length(yaml, pos) == 0)
      ++pos;
  }
  rules.indent += std::max(map_indent, 0);
  return pos >= yaml.size() || break_length(yaml, pos) > 0;
}

// Where the anchor (`&name`) or tag (`!name`, `!!str`, `!<uri>`) at `pos` ends, by the
// characters yaml-cpp lets each have.
std::size_t property_end(std::string_view yaml, std::size_t pos) {
  const bool anchor = yaml[pos++] == '&';
  if (!anchor && pos < yaml.size() && yaml[pos] == '<') {
    const std::size_t close = yaml.find('>', pos);
    return close == npos ? yaml.size() : close + 1;
  }
  const auto in_name = [&](char c) {
    if (anchor)
      return std::string_view("[]{},").find(c) == npos;
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return word || std::string_view("-!#;/?:@&=+$_.~*'()%").find(c) != npos;
  };
  while (pos < yaml.size() && !is_blank_or_break(yaml, pos) && in_name(yaml[pos]))
    ++pos;
  return pos;
}

// Skips the anchor and tag before a scalar, with the blanks, comments and line breaks after
// them, keeping track of lines.
std::size_t skip_properties(std::string_view yaml, std::size_t pos, std::size_t& line_start,
                            std::size_t& line_breaks) {
  while (pos < yaml.size() && (yaml[pos] == '&' || yaml[pos] == '!')) {
    pos = property_end(yaml, pos);
    while (pos < yaml.size() && (is_blank_or_break(yaml, pos) || yaml[pos] == '#')) {
      if (yaml[pos] == '#') {
        while (pos < yaml.size() && break_length(yaml, pos) == 0)
          ++pos;
      } else if (const std::size_t length = break_length(yaml, pos); length > 0) {
        pos += length;
        line_start = pos;
        ++line_breaks;
      } else {
        ++pos;
      }
    }
  }
  return pos;
}

}  // namespace

std::optional<YamlScalarSource> map_yaml_scalar(std::string_view yaml, std::size_t start,
                                                std::size_t column, YamlScalarPlace place) {
  if (start > yaml.size() || column > start)
    return std::nullopt;
  std::size_t line_start = start - column;
  std::size_t line_breaks = 0;
  int indent = place.map_indent;
  // A property that opens its line, deeper than the map, sets the indentation of a scalar
  // on the same line: yaml-cpp takes it for a possible nested key until the line ends.
  const bool opens_line =
      yaml.substr(line_start, column).find_first_not_of(' ') == std::string_view::npos;
  std::size_t pos = skip_properties(yaml, start, line_start, line_breaks);
  if (pos != start && opens_line && line_breaks == 0 && !place.in_flow)
    indent = std::max(indent, static_cast<int>(column));
  if (pos >= yaml.size())
    return std::nullopt;
  Rules rules;
  rules.in_flow = place.in_flow;
  const std::size_t begin = pos;
  const char first = yaml[pos];
  if (first == '"' || first == '\'') {
    rules.style = first == '"' ? Style::double_quoted : Style::single_quoted;
    rules.chomp = Chomp::clip;
    ++pos;
  } else if (first == '|' || first == '>') {
    if (!read_block_header(yaml, pos, indent, rules))
      return std::nullopt;
  } else {
    rules.indent = place.in_flow ? 0 : indent + 1;
  }
  ScalarWalker walker(yaml, pos, line_start, rules);
  if (!walker.walk())
    return std::nullopt;
  YamlScalarSource source = std::move(walker).take();
  source.begin = begin;
  source.line_breaks_before = line_breaks;
  return source;
}

bool same_as_yaml_cpp(std::string_view decoded, std::string_view yaml_cpp,
                      const std::vector<std::size_t>& nbsp_like) {
  if (decoded == yaml_cpp)
    return true;
  std::size_t from = 0;  // in decoded
  std::size_t at = 0;    // in yaml_cpp
  for (const std::size_t escape : nbsp_like) {
    const std::size_t length = escape - from;
    if (decoded.substr(from, length) != yaml_cpp.substr(at, length))
      return false;
    at += length;
    // yaml-cpp 0.7 keeps only the second byte of the two.
    if (at >= yaml_cpp.size() || yaml_cpp[at] != decoded[escape + 1])
      return false;
    from = escape + 2;
    at += 1;
  }
  return decoded.substr(from) == yaml_cpp.substr(std::min(at, yaml_cpp.size()));
}

}  // namespace presscheck::front_matter
