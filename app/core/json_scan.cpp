#include "core/json_scan.hpp"

#include <cstdint>

namespace presscheck::json_scan {

std::size_t locate_string_error(std::string_view text, std::size_t from, bool control_chars) {
  bool in_string = false;
  std::size_t opened = from;
  for (std::size_t pos = from; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (!in_string) {
      in_string = c == '"';
      opened = pos;
    } else if (c == '\\') {
      ++pos;
    } else if (c == '"') {
      in_string = false;
    } else if (control_chars && static_cast<unsigned char>(c) < 0x20) {
      return pos;
    }
  }
  return in_string ? opened : text.size();
}

std::optional<std::size_t> text_after_root(std::string_view text, std::size_t from) {
  std::int64_t depth = 0;
  bool in_string = false;
  for (std::size_t pos = from; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (in_string) {
      if (c == '\\')
        ++pos;
      else
        in_string = c != '"';
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == '}') && --depth == 0) {
      const std::size_t next = text.find_first_not_of(" \t\n\r", pos + 1);
      if (next == std::string_view::npos)
        return std::nullopt;
      return next;
    }
  }
  return std::nullopt;
}

std::size_t end_of_content(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n' ||
                     text[end - 1] == '\r')) {
    --end;
  }
  return end;
}

}  // namespace presscheck::json_scan
