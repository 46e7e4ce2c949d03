// JSON front matter (Hugo: a JSON object opening the file), parsed by the project's JSON
// reader; each value is then mapped back to its source.
#include <optional>

#include "core/json_reader.hpp"
#include "core/utf8.hpp"
#include "input/front_matter_parsers.hpp"

namespace presscheck::front_matter {
namespace {

std::optional<std::string_view> fixed_escape(char c) {
  constexpr std::string_view kNames = "\"\\/bfnrt";
  constexpr std::string_view kValues = "\"\\/\b\f\n\r\t";
  const std::size_t which = kNames.find(c);
  if (which == std::string_view::npos)
    return std::nullopt;
  return kValues.substr(which, 1);
}

// Decodes a `\u` escape at `pos`, joining a surrogate pair into one code point; `end` is
// set past what it read.
bool decode_unicode_escape(std::string_view text, std::size_t pos, std::size_t& end,
                           std::string& out) {
  char32_t high = 0;
  if (pos + 6 > text.size() || !parse_hex(text.substr(pos + 2, 4), high))
    return false;
  end = pos + 6;
  if (high >= 0xDC00 && high <= 0xDFFF)
    return false;
  if (high < 0xD800 || high > 0xDBFF) {
    utf8::append(out, high);
    return true;
  }
  char32_t low = 0;
  if (text.substr(end, 2) != "\\u" || end + 6 > text.size() ||
      !parse_hex(text.substr(end + 2, 4), low) || low < 0xDC00 || low > 0xDFFF) {
    return false;
  }
  end += 6;
  utf8::append(out, 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00));
  return true;
}

// Decodes the JSON string whose opening quote is at `pos`, mapping each byte to its source.
std::optional<SourceMapBuilder> map_string(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || text[pos] != '"')
    return std::nullopt;
  SourceMapBuilder out;
  for (++pos; pos < text.size() && text[pos] != '"';) {
    if (text[pos] != '\\') {
      out.add(text.substr(pos, 1), pos, pos + 1);
      ++pos;
      continue;
    }
    if (pos + 1 >= text.size())
      return std::nullopt;
    if (text[pos + 1] == 'u') {
      std::string decoded;
      std::size_t end = pos;
      if (!decode_unicode_escape(text, pos, end, decoded))
        return std::nullopt;
      out.add(decoded, pos, end);
      pos = end;
    } else if (const auto fixed = fixed_escape(text[pos + 1])) {
      out.add(*fixed, pos, pos + 2);
      pos += 2;
    } else {
      return std::nullopt;
    }
  }
  if (pos >= text.size())
    return std::nullopt;
  return out;
}

// The source text of a number, `true` or `false` starting at `pos`.
Span literal_span(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() &&
         std::string_view("+-.0123456789eEtruefals").find(text[end]) != std::string_view::npos) {
    ++end;
  }
  return {pos, end};
}

FrontMatterValue string_value(const Block& block, const std::string& parsed, std::size_t begin,
                              std::size_t line) {
  FrontMatterValue value;
  value.line = line;
  if (const auto source = map_string(block.text(), begin); source && source->text() == parsed) {
    value.text = source->finish(block.content.begin);
  } else {  // each byte stands for the start of the string: coarse, never wrong
    value.text.put(parsed, block.content.begin + begin, block.content.begin + begin + 1);
  }
  return value;
}

}  // namespace

void read_json(const Block& block, FrontMatter& matter) {
  const std::string_view text = block.text();
  const std::vector<std::size_t> starts = line_starts(text);
  JsonValue root;
  try {
    root = parse_json(text);
  } catch (const JsonSyntaxError& error) {
    matter.error = error_at(
        block.file, block.content.begin + offset_of(text, starts, error.line(), error.column()),
        error.what());
    return;
  }
  if (!root.is_object())
    return;
  for (const auto& [key, node] : root.as_object()) {
    const std::size_t begin = offset_of(text, starts, node.line, node.column);
    const std::size_t line = block.first_line + node.line - 1;
    if (node.is_string()) {
      matter.values.emplace(key, string_value(block, node.as_string(), begin, line));
    } else if (node.is_number() || node.is_bool()) {
      matter.values.emplace(key, verbatim_value(block, literal_span(text, begin), line));
    } else if (node.is_null()) {
      FrontMatterValue empty;
      empty.line = line;
      matter.values.emplace(key, std::move(empty));
    }
  }
}

}  // namespace presscheck::front_matter
