#include "input/front_matter_toml_guard.hpp"

#include <fmt/format.h>

#include "input/front_matter_source.hpp"

namespace presscheck::front_matter {
namespace {

bool is_ascii(char c) {
  return (static_cast<unsigned char>(c) & 0x80) == 0;
}

std::string_view code_point_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    ++end;
  return text.substr(pos, end - pos);
}

// Past a backslash in a `"""` string that ends its line: after the blanks and line breaks it
// removes, where the string goes on. npos when the backslash is an ordinary escape.
std::size_t after_line_ending_backslash(std::string_view text, std::size_t backslash) {
  std::size_t pos = backslash + 1;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t'))
    ++pos;
  if (break_length(text, pos) == 0)
    return std::string_view::npos;
  while (pos < text.size() &&
         (text[pos] == ' ' || text[pos] == '\t' || break_length(text, pos) > 0)) {
    pos += break_length(text, pos) > 0 ? break_length(text, pos) : 1;
  }
  return pos;
}

enum class State { outside, comment, basic, literal, multi_line_basic, multi_line_literal };

// Moves past the three quotes that close a multi-line string at `pos`, and up to two more
// that belong to its text.
bool closes_multi_line(std::string_view text, std::size_t& pos, char quote) {
  if (text.substr(pos, 3) != std::string_view(quote == '"' ? R"(""")" : "'''"))
    return false;
  pos += 2;
  for (int extra = 0; extra < 2 && pos + 1 < text.size() && text[pos + 1] == quote; ++extra)
    ++pos;
  return true;
}

State opening(std::string_view text, std::size_t& pos) {
  const char quote = text[pos];
  if (text.substr(pos, 3) == std::string_view(quote == '"' ? R"(""")" : "'''")) {
    pos += 2;
    return quote == '"' ? State::multi_line_basic : State::multi_line_literal;
  }
  return quote == '"' ? State::basic : State::literal;
}

}  // namespace

std::optional<TomlHazard> find_toml_hazard(std::string_view text) {
  State state = State::outside;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    switch (state) {
      case State::outside:
        if (!is_ascii(c)) {
          return TomlHazard{pos, fmt::format("unexpected \"{}\": TOML takes non-ASCII text only "
                                             "in quoted strings and comments",
                                             code_point_at(text, pos))};
        }
        if (c == '#') {
          state = State::comment;
        } else if (c == '"' || c == '\'') {
          state = opening(text, pos);
        }
        break;
      case State::comment:
        state = c == '\n' ? State::outside : state;
        break;
      case State::basic:
        if (c == '\\') {
          ++pos;
        } else if (c == '"' || c == '\n') {
          state = State::outside;
        }
        break;
      case State::literal:
        state = c == '\'' || c == '\n' ? State::outside : state;
        break;
      case State::multi_line_basic:
        if (c == '\\') {
          const std::size_t next = after_line_ending_backslash(text, pos);
          if (next < text.size() && !is_ascii(text[next])) {
            return TomlHazard{next,
                              "a backslash continues this string onto a non-ASCII "
                              "character, which the TOML reader cannot read; drop the "
                              "backslash or write the character as \\uXXXX"};
          }
          pos = next == std::string_view::npos ? pos + 1 : next - 1;
        } else if (closes_multi_line(text, pos, '"')) {
          state = State::outside;
        }
        break;
      case State::multi_line_literal:
        state = closes_multi_line(text, pos, '\'') ? State::outside : state;
        break;
    }
  }
  return std::nullopt;
}

}  // namespace presscheck::front_matter
