#include "input/ninjs_reader.hpp"

#include <fmt/format.h>

#include "core/json_reader.hpp"
#include "core/utf8.hpp"
#include "input/decoded_draft.hpp"
#include "input/html_text.hpp"

namespace presscheck {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// The four hex digits at `pos`, or nothing.
std::optional<char32_t> hex4(std::string_view text, std::size_t pos) {
  if (pos + 4 > text.size())
    return std::nullopt;
  char32_t value = 0;
  for (std::size_t i = pos; i < pos + 4; ++i) {
    const int digit = hex_digit(text[i]);
    if (digit < 0)
      return std::nullopt;
    value = value * 16 + static_cast<char32_t>(digit);
  }
  return value;
}

// Decodes the string literal whose opening quote is at `quote`; each decoded byte maps to
// the characters of the file it came from. The parser has already checked the literal.
MappedText decode_string(std::string_view text, std::size_t quote) {
  MappedText out;
  std::size_t pos = quote + 1;
  while (pos < text.size() && text[pos] != '"') {
    if (text[pos] != '\\') {
      out.put(text.substr(pos, 1), pos, pos + 1);
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char kind = pos + 1 < text.size() ? text[pos + 1] : '\\';
    char32_t code_point = static_cast<unsigned char>(kind);
    pos += 2;
    switch (kind) {
      case 'n':
        code_point = U'\n';
        break;
      case 't':
        code_point = U'\t';
        break;
      case 'r':
        code_point = U'\r';
        break;
      case 'b':
        code_point = U'\b';
        break;
      case 'f':
        code_point = U'\f';
        break;
      case 'u': {
        code_point = hex4(text, pos).value_or(U'\uFFFD');
        pos += 4;
        if (code_point >= 0xD800 && code_point <= 0xDBFF && text.compare(pos, 2, "\\u") == 0) {
          const char32_t low = hex4(text, pos + 2).value_or(0);
          code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
          pos += 6;
        }
        break;
      }
      default:
        break;  // \" \\ \/
    }
    std::string decoded;
    utf8::append(decoded, code_point);
    out.put(decoded, start, pos);
  }
  return out;
}

// The byte offset of a value the parser located by line and code-point column.
std::size_t offset_of(std::string_view text, const LineIndex& lines, const JsonValue& value) {
  const std::string_view line = lines.line_text(text, value.line);
  std::size_t pos = static_cast<std::size_t>(line.data() - text.data());
  for (std::size_t column = 1; column < value.column && pos < text.size(); ++column) {
    utf8::next(text, pos);
  }
  return pos;
}

// Splits plain body text into paragraphs at blank lines.
std::vector<MappedText> paragraphs(const MappedText& body) {
  std::vector<MappedText> out;
  const std::string& text = body.text();
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos)
      end = text.size();
    MappedText paragraph;
    for (std::size_t i = start; i < end; ++i) {
      if (text[i] == '\n' || text[i] == '\r' || text[i] == '\t') {
        paragraph.put(" ", body.source_begin(i), body.source_end(i + 1));
      } else {
        paragraph.append(body, i, i + 1);
      }
    }
    out.push_back(std::move(paragraph));
    start = end + 2;
  }
  return out;
}

}  // namespace

Diagnostic bad_ninjs_diagnostic(const InputProblem& problem, Lang lang) {
  Diagnostic d;
  d.rule = "input.bad-ninjs";
  d.severity = Severity::error;
  d.span = problem.span;
  d.message = std::string(pick(lang,
                               "ce n'est pas un document ninjs : un objet JSON valide est "
                               "attendu ; le fichier n'est pas vérifié",
                               "not a ninjs document: a valid JSON object is expected; the file "
                               "was not checked"));
  return d;
}

void read_ninjs(std::string bytes, ReadResult& result) {
  const LineIndex lines(bytes);
  JsonValue root;
  try {
    root = parse_json(bytes);
  } catch (const JsonSyntaxError& error) {
    JsonValue at;
    at.line = error.line();
    at.column = error.column();
    const std::size_t offset = offset_of(bytes, lines, at);
    result.problems.push_back({InputProblemKind::bad_ninjs, {offset, offset}});
  }
  if (!root.is_object()) {
    if (result.problems.empty())
      result.problems.push_back({InputProblemKind::bad_ninjs, {0, 0}});
    result.document.text = std::move(bytes);
    result.document.lines = LineIndex(result.document.text);
    result.lintable = false;
    return;
  }
  auto string_field = [&](std::initializer_list<std::string_view> keys) -> MappedText {
    for (const std::string_view key : keys) {
      const JsonValue* value = root.find(key);
      if (value != nullptr && value->is_string() && !value->as_string().empty()) {
        return decode_string(bytes, offset_of(bytes, lines, *value));
      }
    }
    return {};
  };
  DecodedDraft draft;
  // Decoding as HTML text also turns runs of white space into one space, as in HTML.
  const MappedText headline = string_field({"headline"});
  decode_html_text(headline, 0, headline.size(), draft.headline);
  const MappedText standfirst = string_field({"subheadline", "description_text"});
  decode_html_text(standfirst, 0, standfirst.size(), draft.standfirst);
  if (const MappedText text = string_field({"body_text"}); !text.empty()) {
    draft.body = paragraphs(text);
  } else if (const MappedText html = string_field({"body_html"}); !html.empty()) {
    draft.body = read_html_parts(html).body;
  }
  if (const JsonValue* language = root.find("language"); language && language->is_string()) {
    draft.lang = lang_of_code(language->as_string());
  }
  if (const JsonValue* date = root.find("versioncreated"); date && date->is_string()) {
    draft.date = Date::parse_iso(date->as_string());
  }
  build_document(std::move(draft), std::move(bytes), result);
}

}  // namespace presscheck
