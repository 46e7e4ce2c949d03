#include "core/json_reader.hpp"

#include <fmt/format.h>
#include <charconv>
#include <cmath>
#include <unordered_set>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

// Recursive descent with an explicit depth limit: simple to read, and the limit keeps both
// parsing and the destruction of the result far from the stack's end.
class Parser {
 public:
  Parser(std::string_view text, int max_depth) : text_(text), max_depth_(max_depth) {}

  JsonValue parse_document() {
    if (const auto bad = utf8::first_invalid(text_)) {
      skip_to(*bad);
      fail("invalid UTF-8");
    }
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
      // A byte-order mark is not JSON, but editors add it; it carries no meaning.
      pos_ = 3;
    }
    skip_space();
    JsonValue value = parse_value(0);
    skip_space();
    if (pos_ < text_.size())
      fail("unexpected text after the JSON value");
    return value;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw JsonSyntaxError(line_, column_, message);
  }

  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }

  // Every consumed byte goes through here, so line and column stay exact.
  void advance() {
    const auto byte = static_cast<unsigned char>(text_[pos_++]);
    if (byte == '\n') {
      ++line_;
      column_ = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++column_;
    }
  }

  void skip_to(std::size_t offset) {
    while (pos_ < offset)
      advance();
  }

  void skip_space() {
    while (!at_end()) {
      const char c = text_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      advance();
    }
  }

  // Errors point at the start of the word, where the reader's eye goes.
  void expect_word(std::string_view word) {
    const std::size_t line = line_;
    const std::size_t column = column_;
    for (char c : word) {
      if (peek() != c) {
        throw JsonSyntaxError(line, column, fmt::format("invalid literal (expected \"{}\")", word));
      }
      advance();
    }
  }

  JsonValue parse_value(int depth) {
    const std::size_t line = line_;
    const std::size_t column = column_;
    JsonValue value;
    switch (peek()) {
      case '{':
        value = parse_object(depth + 1);
        break;
      case '[':
        value = parse_array(depth + 1);
        break;
      case '"':
        value = JsonValue(parse_string());
        break;
      case 't':
        expect_word("true");
        value = JsonValue(true);
        break;
      case 'f':
        expect_word("false");
        value = JsonValue(false);
        break;
      case 'n':
        expect_word("null");
        break;
      default:
        if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
          value = JsonValue(parse_number());
        } else if (at_end()) {
          fail("unexpected end of input (expected a value)");
        } else {
          fail("expected a value");
        }
    }
    value.line = line;
    value.column = column;
    return value;
  }

  void enter(int depth) const {
    if (depth > max_depth_)
      fail(fmt::format("nesting deeper than {} levels", max_depth_));
  }

  JsonValue parse_object(int depth) {
    enter(depth);
    advance();  // {
    JsonValue::Object members;
    std::unordered_set<std::string> seen;
    skip_space();
    if (peek() == '}') {
      advance();
      return JsonValue(std::move(members));
    }
    while (true) {
      skip_space();
      if (peek() != '"') {
        fail(at_end() ? "unexpected end of input (expected a string key)"
                      : "expected a string key");
      }
      const std::size_t key_line = line_;
      const std::size_t key_column = column_;
      std::string key = parse_string();
      if (is_duplicate(members, seen, key)) {
        throw JsonSyntaxError(key_line, key_column, fmt::format("duplicate key \"{}\"", key));
      }
      skip_space();
      if (peek() != ':')
        fail("expected ':' after a key");
      advance();
      skip_space();
      JsonValue value = parse_value(depth);
      members.emplace_back(std::move(key), std::move(value));
      skip_space();
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() == '}') {
        advance();
        return JsonValue(std::move(members));
      }
      fail(at_end() ? "unexpected end of input (expected ',' or '}')" : "expected ',' or '}'");
    }
  }

  // Small objects are scanned; a set takes over past a few keys so that a hostile object
  // with many keys stays linear.
  static bool is_duplicate(const JsonValue::Object& members, std::unordered_set<std::string>& seen,
                           const std::string& key) {
    constexpr std::size_t kScanLimit = 16;
    if (members.size() < kScanLimit) {
      for (const auto& member : members) {
        if (member.first == key)
          return true;
      }
      return false;
    }
    if (seen.empty()) {
      for (const auto& member : members)
        seen.insert(member.first);
    }
    return !seen.insert(key).second;
  }

  JsonValue parse_array(int depth) {
    enter(depth);
    advance();  // [
    JsonValue::Array items;
    skip_space();
    if (peek() == ']') {
      advance();
      return JsonValue(std::move(items));
    }
    while (true) {
      skip_space();
      items.push_back(parse_value(depth));
      skip_space();
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() == ']') {
        advance();
        return JsonValue(std::move(items));
      }
      fail(at_end() ? "unexpected end of input (expected ',' or ']')" : "expected ',' or ']'");
    }
  }

  unsigned parse_hex4() {
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = peek();
      unsigned digit = 0;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        fail("invalid \\u escape (expected four hexadecimal digits)");
      }
      value = value * 16 + digit;
      advance();
    }
    return value;
  }

  // Called after "\u"; surrogate errors point at the backslash that starts the escape.
  char32_t parse_unicode_escape(std::size_t line, std::size_t column) {
    const unsigned first = parse_hex4();
    if (first >= 0xDC00 && first <= 0xDFFF) {
      throw JsonSyntaxError(line, column, "lone low surrogate in \\u escape");
    }
    if (first < 0xD800 || first > 0xDBFF)
      return first;
    const char* const kUnpaired = "high surrogate not followed by a low surrogate";
    if (peek() != '\\' || pos_ + 1 >= text_.size() || text_[pos_ + 1] != 'u') {
      throw JsonSyntaxError(line, column, kUnpaired);
    }
    advance();
    advance();
    const unsigned second = parse_hex4();
    if (second < 0xDC00 || second > 0xDFFF)
      throw JsonSyntaxError(line, column, kUnpaired);
    return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
  }

  std::string parse_string() {
    advance();  // opening quote
    std::string out;
    while (true) {
      if (at_end())
        fail("unterminated string");
      const char c = text_[pos_];
      if (c == '"') {
        advance();
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20)
        fail("control character in a string");
      if (c != '\\') {
        out += c;
        advance();
        continue;
      }
      const std::size_t escape_line = line_;
      const std::size_t escape_column = column_;
      advance();
      if (at_end())
        fail("unterminated string");
      const char escape = text_[pos_];
      advance();
      switch (escape) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u':
          utf8::append(out, parse_unicode_escape(escape_line, escape_column));
          break;
        default:
          fail(fmt::format("invalid escape \"\\{}\"", escape));
      }
    }
  }

  double parse_number() {
    const std::size_t start = pos_;
    const std::size_t line = line_;
    const std::size_t column = column_;
    auto digits = [&] {
      const std::size_t before = pos_;
      while (peek() >= '0' && peek() <= '9')
        advance();
      return pos_ - before;
    };
    if (peek() == '-')
      advance();
    if (peek() == '0') {
      advance();
      if (peek() >= '0' && peek() <= '9')
        fail("leading zeros are not allowed in numbers");
    } else if (digits() == 0) {
      fail("invalid number (expected a digit)");
    }
    if (peek() == '.') {
      advance();
      if (digits() == 0)
        fail("invalid number (expected a digit after '.')");
    }
    if (peek() == 'e' || peek() == 'E') {
      advance();
      if (peek() == '+' || peek() == '-')
        advance();
      if (digits() == 0)
        fail("invalid number (expected a digit in the exponent)");
    }
    // from_chars ignores the locale, unlike strtod, and reports overflow.
    double value = 0;
    const auto result = std::from_chars(text_.data() + start, text_.data() + pos_, value);
    if (result.ec != std::errc() || !std::isfinite(value)) {
      throw JsonSyntaxError(line, column, "number out of range");
    }
    return value;
  }

  std::string_view text_;
  int max_depth_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
  if (!is_object())
    return nullptr;
  for (const auto& member : as_object()) {
    if (member.first == key)
      return &member.second;
  }
  return nullptr;
}

std::string_view json_type_name(JsonValue::Type type) {
  switch (type) {
    case JsonValue::Type::null:
      return "null";
    case JsonValue::Type::boolean:
      return "a boolean";
    case JsonValue::Type::number:
      return "a number";
    case JsonValue::Type::string:
      return "a string";
    case JsonValue::Type::array:
      return "an array";
    case JsonValue::Type::object:
      break;
  }
  return "an object";
}

JsonValue parse_json(std::string_view text, int max_depth) {
  return Parser(text, max_depth).parse_document();
}

}  // namespace presscheck
