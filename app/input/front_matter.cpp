// Finds the front matter block that opens a draft and hands it to the reader of its syntax.
#include "input/front_matter.hpp"

#include "input/front_matter_parsers.hpp"

namespace presscheck {
namespace {

constexpr std::size_t npos = std::string_view::npos;

struct Line {
  std::size_t begin;
  std::size_t end;   // without the line break and a CR before it
  std::size_t next;  // start of the following line
};

Line line_at(std::string_view text, std::size_t pos) {
  const std::size_t newline = text.find('\n', pos);
  const std::size_t next = newline == npos ? text.size() : newline + 1;
  std::size_t end = newline == npos ? text.size() : newline;
  if (end > pos && text[end - 1] == '\r')
    --end;
  return {pos, end, next};
}

// A fence is its marker at the start of a line, with nothing but blanks after it.
bool is_fence(std::string_view text, const Line& line, std::string_view marker) {
  const std::string_view content = text.substr(line.begin, line.end - line.begin);
  return content.substr(0, marker.size()) == marker &&
         content.find_first_not_of(" \t", marker.size()) == npos;
}

std::optional<FrontMatter> read_fenced(std::string_view text, const Line& opening,
                                       FrontMatterSyntax syntax) {
  FrontMatter matter;
  matter.syntax = syntax;
  matter.span.begin = opening.begin;
  const bool yaml = syntax == FrontMatterSyntax::yaml;
  for (Line line = line_at(text, opening.next); line.begin < text.size();
       line = line_at(text, line.next)) {
    if (is_fence(text, line, yaml ? "---" : "+++") || (yaml && is_fence(text, line, "..."))) {
      matter.span.end = line.next;
      // The opening fence is the file's first line (a byte-order mark adds none).
      const front_matter::Block block{text, {opening.next, line.begin}, 2};
      yaml ? front_matter::read_yaml(block, matter) : front_matter::read_toml(block, matter);
      return matter;
    }
  }
  matter.closed = false;
  matter.span.end = text.size();
  return matter;
}

// Hugo reads a file that opens with a JSON object as JSON front matter. Asking for a key
// (or `}`) after the brace keeps a plain text that starts with `{` from being taken for one.
bool opens_json_object(std::string_view text, std::size_t start) {
  if (start >= text.size() || text[start] != '{')
    return false;
  const std::size_t next = text.find_first_not_of(" \t\r\n", start + 1);
  return next != npos && (text[next] == '"' || text[next] == '}');
}

// Where the JSON value opening at `start` ends, found by counting brackets outside strings
// (the parser then judges it); npos if it never closes.
std::size_t json_value_end(std::string_view text, std::size_t start) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      return i + 1;
    }
  }
  return npos;
}

FrontMatter read_json_object(std::string_view text, std::size_t start) {
  FrontMatter matter;
  matter.syntax = FrontMatterSyntax::json;
  matter.span.begin = start;
  const std::size_t end = json_value_end(text, start);
  matter.closed = end != npos;
  if (!matter.closed) {
    matter.span.end = text.size();
  } else {
    // Blanks after the `}` and its line break belong to the front matter too.
    const Line rest = line_at(text, end);
    const bool blank_rest =
        text.substr(end, rest.end - end).find_first_not_of(" \t") == std::string_view::npos;
    matter.span.end = blank_rest ? rest.next : end;
  }
  front_matter::read_json({text, {start, matter.span.end}, 1}, matter);
  return matter;
}

}  // namespace

const FrontMatterValue* FrontMatter::find(std::string_view key) const {
  const auto found = values.find(key);
  return found == values.end() ? nullptr : &found->second;
}

std::optional<FrontMatter> read_front_matter(std::string_view text) {
  const std::size_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  const Line first = line_at(text, start);
  if (is_fence(text, first, "---"))
    return read_fenced(text, first, FrontMatterSyntax::yaml);
  if (is_fence(text, first, "+++"))
    return read_fenced(text, first, FrontMatterSyntax::toml);
  if (opens_json_object(text, start))
    return read_json_object(text, start);
  return std::nullopt;
}

}  // namespace presscheck
