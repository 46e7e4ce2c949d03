// TOML front matter (Hugo's `+++` blocks), parsed by toml++; each value is then mapped back
// to its source.
#include <toml++/toml.h>

#include <algorithm>
#include <optional>
#include <sstream>

#include "input/front_matter_parsers.hpp"
#include "input/front_matter_toml_guard.hpp"

namespace presscheck::front_matter {
namespace {

bool is_blank(std::string_view text, std::size_t pos) {
  return pos < text.size() && (text[pos] == ' ' || text[pos] == '\t');
}

// A backslash that ends its line in a `"""` string: it removes the break and every blank
// and break after it.
bool skip_line_ending_backslash(std::string_view text, std::size_t& pos) {
  std::size_t after = pos + 1;
  while (is_blank(text, after))
    ++after;
  if (break_length(text, after) == 0)
    return false;
  while (is_blank(text, after) || break_length(text, after) > 0)
    after += is_blank(text, after) ? 1 : break_length(text, after);
  pos = after;
  return true;
}

// Decodes the escape at `pos` of a basic string and moves past it.
bool decode_escape(std::string_view text, std::size_t& pos, SourceMapBuilder& out) {
  if (pos + 1 >= text.size())
    return false;
  const char c = text[pos + 1];
  const std::size_t digits = c == 'u' ? 4 : c == 'U' ? 8 : 0;
  std::string decoded;
  if (digits > 0) {
    if (!append_hex_code_point(text, pos + 2, digits, decoded))
      return false;
  } else {
    constexpr std::string_view kNames = "btnfr\"\\";
    constexpr std::string_view kValues = "\b\t\n\f\r\"\\";
    const std::size_t which = kNames.find(c);
    if (which == std::string_view::npos)
      return false;
    decoded = kValues[which];
  }
  out.add(decoded, pos, pos + 2 + digits);
  pos += 2 + digits;
  return true;
}

// Decodes the string whose opening quote is at `pos`, in any of TOML's four forms, mapping
// each byte of the value to its source.
std::optional<SourceMapBuilder> map_string(std::string_view text, std::size_t pos) {
  if (pos >= text.size())
    return std::nullopt;
  const char quote = text[pos];
  const bool basic = quote == '"';
  const bool multi_line = text.substr(pos, 3) == (basic ? R"(""")" : "'''");
  pos += multi_line ? 3 : 1;
  if (multi_line)
    pos += break_length(text, pos);  // a break right after the opening quotes is not content
  SourceMapBuilder out;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == quote) {
      std::size_t run = 1;
      while (run < 5 && pos + run < text.size() && text[pos + run] == quote)
        ++run;
      // Up to two quotes may close a `"""` string from inside: `""""` ends on one quote.
      const std::size_t content = !multi_line ? 0 : run >= 3 ? run - 3 : run;
      for (std::size_t i = 0; i < content; ++i)
        out.add(text.substr(pos + i, 1), pos + i, pos + i + 1);
      if (!multi_line || run >= 3)
        return out;
      pos += run;
    } else if (c == '\\' && basic) {
      if (!(multi_line && skip_line_ending_backslash(text, pos)) &&
          !decode_escape(text, pos, out)) {
        return std::nullopt;
      }
    } else if (const std::size_t length = break_length(text, pos); length > 0) {
      if (!multi_line)
        return std::nullopt;
      out.add("\n", pos, pos + length);  // toml++ writes a CRLF as "\n"
      pos += length;
    } else {
      out.add(text.substr(pos, 1), pos, pos + 1);
      ++pos;
    }
  }
  return std::nullopt;
}

template <typename Value>
std::string iso_text(const Value& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// A date or time as ISO 8601 text; its bytes map one to one to the source when it is
// written the same length (`1979-05-27 07:32:00Z`), else each to the whole value.
FrontMatterValue date_value(const Block& block, const toml::node& node, Span span,
                            std::size_t line) {
  std::string text;
  if (const auto* date = node.as_date()) {
    text = iso_text(date->get());
  } else if (const auto* time = node.as_time()) {
    text = iso_text(time->get());
  } else if (const auto* date_time = node.as_date_time()) {
    text = iso_text(date_time->get());
  }
  FrontMatterValue value;
  value.line = line;
  const std::size_t base = block.content.begin + span.begin;
  if (text.size() == span.size()) {
    for (std::size_t i = 0; i < text.size(); ++i)
      value.text.put(std::string_view(text).substr(i, 1), base + i, base + i + 1);
  } else {
    value.text.put(text, base, block.content.begin + span.end);
  }
  return value;
}

// toml++ read the ASCII stand-in of the block, so its value has `?` for each non-ASCII
// character; the walk of the source gives the real text.
FrontMatterValue string_value(const Block& block, const std::string& parsed, Span span,
                              std::size_t line) {
  const auto source = map_string(block.text(), span.begin);
  FrontMatterValue value;
  value.line = line;
  if (source && ascii_stand_in(source->text()) == ascii_stand_in(parsed)) {
    value.text = source->finish(block.content.begin);
  } else {  // each byte stands for the whole string: coarse, never misplaced
    value.text.put(parsed, block.content.begin + span.begin, block.content.begin + span.end);
  }
  return value;
}

// The key as written: a quoted key may hold non-ASCII text that toml++ saw as `?`.
std::string key_name(std::string_view text, const toml::key& key, std::size_t offset) {
  if (offset < text.size() && (text[offset] == '"' || text[offset] == '\'')) {
    if (const auto source = map_string(text, offset))
      return source->text();
  }
  return std::string(key.str());
}

}  // namespace

void read_toml(const Block& block, FrontMatter& matter) {
  const std::string_view text = block.text();
  const std::vector<std::size_t> starts = line_starts(text);
  const auto offset = [&](const toml::source_position& where) {
    return offset_of(text, starts, where.line, where.column);
  };
  if (const auto misplaced = find_misplaced_non_ascii(text)) {
    matter.error = error_at(block.file, block.content.begin + misplaced->offset, misplaced->reason);
    return;
  }
  toml::table root;
  try {
    root = toml::parse(ascii_stand_in(text));
  } catch (const toml::parse_error& error) {
    matter.error = error_at(block.file, block.content.begin + offset(error.source().begin),
                            std::string(error.description()));
    return;
  }
  for (auto&& [key, node] : root) {
    const Span span{offset(node.source().begin),
                    std::max(offset(node.source().begin), offset(node.source().end))};
    const std::size_t line = block.first_line + node.source().begin.line - 1;
    std::optional<FrontMatterValue> value;
    if (const auto* string = node.as_string()) {
      value = string_value(block, string->get(), span, line);
    } else if (node.is_date() || node.is_time() || node.is_date_time()) {
      value = date_value(block, node, span, line);
    } else if (node.is_integer() || node.is_floating_point() || node.is_boolean()) {
      value = verbatim_value(block, span, line);
    }
    if (value)
      matter.values.emplace(key_name(text, key, offset(key.source().begin)), std::move(*value));
  }
}

}  // namespace presscheck::front_matter
