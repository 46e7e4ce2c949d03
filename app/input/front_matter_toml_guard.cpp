#include "input/front_matter_toml_guard.hpp"

#include <fmt/format.h>

namespace presscheck::front_matter {
namespace {

bool is_ascii(char c) {
  return (static_cast<unsigned char>(c) & 0x80) == 0;
}

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string_view code_point_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos + 1;
  while (end < text.size() && is_continuation(text[end]))
    ++end;
  return text.substr(pos, end - pos);
}

enum class State { outside, comment, basic, literal, multi_line_basic, multi_line_literal };

std::string_view triple(char quote) {
  return quote == '"' ? R"(""")" : "'''";
}

State opening(std::string_view text, std::size_t& pos) {
  const char quote = text[pos];
  if (text.substr(pos, 3) == triple(quote)) {
    pos += 2;
    return quote == '"' ? State::multi_line_basic : State::multi_line_literal;
  }
  return quote == '"' ? State::basic : State::literal;
}

// Moves past the quotes that close a multi-line string at `pos`: three, and up to two more
// that belong to its text.
bool closes_multi_line(std::string_view text, std::size_t& pos, char quote) {
  if (text.substr(pos, 3) != triple(quote))
    return false;
  pos += 2;
  for (int extra = 0; extra < 2 && pos + 1 < text.size() && text[pos + 1] == quote; ++extra)
    ++pos;
  return true;
}

// The state after the character at `pos`, which may move `pos` past what it reads.
State next_state(std::string_view text, std::size_t& pos, State state) {
  const char c = text[pos];
  switch (state) {
    case State::outside:
      if (c == '#')
        return State::comment;
      return c == '"' || c == '\'' ? opening(text, pos) : state;
    case State::comment:
      return c == '\n' ? State::outside : state;
    case State::basic:
      if (c == '\\') {
        ++pos;
        return state;
      }
      return c == '"' || c == '\n' ? State::outside : state;
    case State::literal:
      return c == '\'' || c == '\n' ? State::outside : state;
    case State::multi_line_basic:
      if (c == '\\') {
        ++pos;
        return state;
      }
      return closes_multi_line(text, pos, '"') ? State::outside : state;
    case State::multi_line_literal:
      return closes_multi_line(text, pos, '\'') ? State::outside : state;
  }
  return state;
}

}  // namespace

std::optional<TomlMisplacedText> find_misplaced_non_ascii(std::string_view toml) {
  State state = State::outside;
  for (std::size_t pos = 0; pos < toml.size(); ++pos) {
    if (state == State::outside && !is_ascii(toml[pos])) {
      return TomlMisplacedText{
          pos, fmt::format("unexpected \"{}\": TOML takes non-ASCII text only in quoted "
                           "strings and comments",
                           code_point_at(toml, pos))};
    }
    state = next_state(toml, pos, state);
  }
  return std::nullopt;
}

std::string ascii_stand_in(std::string_view text) {
  std::string ascii;
  ascii.reserve(text.size());
  for (const char c : text) {
    if (is_ascii(c)) {
      ascii += c;
    } else if (!is_continuation(c)) {
      ascii += '?';
    }
  }
  return ascii;
}

}  // namespace presscheck::front_matter
