#include "config/glob.hpp"

#include <vector>

namespace presscheck {
namespace {

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = text.find('/', start);
    const std::string_view part = text.substr(start, slash - start);
    if (!part.empty() && part != ".")
      parts.push_back(part);
    if (slash == std::string_view::npos)
      return parts;
    start = slash + 1;
  }
}

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// One name against one pattern segment, backtracking on the last `*` only, which is
// enough for a linear-time match of `*` and `?` patterns.
bool segment_matches(std::string_view pattern, std::string_view name) {
  std::size_t p = 0;
  std::size_t n = 0;
  std::size_t star = std::string_view::npos;
  std::size_t resume = 0;
  while (n < name.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = n;
    } else if (p < pattern.size() && pattern[p] == '?') {
      ++p;
      ++n;
      while (n < name.size() && is_continuation(name[n]))
        ++n;
    } else if (p < pattern.size() && pattern[p] == name[n]) {
      ++p;
      ++n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*')
    ++p;
  return p == pattern.size();
}

bool parts_match(const std::vector<std::string_view>& pattern, std::size_t p,
                 const std::vector<std::string_view>& path, std::size_t n) {
  if (p == pattern.size())
    return n == path.size();
  if (pattern[p] == "**") {
    for (std::size_t skip = n; skip <= path.size(); ++skip) {
      if (parts_match(pattern, p + 1, path, skip))
        return true;
    }
    return false;
  }
  return n < path.size() && segment_matches(pattern[p], path[n]) &&
         parts_match(pattern, p + 1, path, n + 1);
}

}  // namespace

bool glob_matches(std::string_view pattern, std::string_view path) {
  const std::vector<std::string_view> parts = split(path);
  if (pattern.find('/') == std::string_view::npos) {
    return !parts.empty() && segment_matches(pattern, parts.back());
  }
  return parts_match(split(pattern), 0, parts, 0);
}

}  // namespace presscheck
