#include "config/brace_expansion.hpp"

namespace presscheck {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

/// One `{ … }` and the commas that separate its alternatives.
struct Group {
  std::size_t open = kNone;
  std::size_t close = kNone;
  std::vector<std::size_t> commas;
};

// Where the `[ … ]` class opening at `open` ends, as fnmatch(3) reads it (a `]` right after
// `[` or `[!` is a member), or kNone when it is not closed and `[` is a plain character.
// `last_close`, the last `]` of the pattern, keeps a run of unclosed `[` linear.
std::size_t class_end(std::string_view pattern, std::size_t open, std::size_t last_close) {
  std::size_t at = open + 1;
  if (at < pattern.size() && (pattern[at] == '!' || pattern[at] == '^'))
    ++at;
  if (at < pattern.size() && pattern[at] == ']')
    ++at;
  if (last_close == kNone || at > last_close)
    return kNone;
  for (; at < pattern.size(); ++at) {
    if (pattern[at] == '\\')
      ++at;
    else if (pattern[at] == ']')
      return at;
  }
  return kNone;
}

// Every brace group of the pattern, in the order they open, found in one pass.
std::vector<Group> find_groups(std::string_view pattern) {
  const std::size_t last_close = pattern.rfind(']');
  std::vector<Group> groups;
  std::vector<std::size_t> open;  // indices into groups
  for (std::size_t at = 0; at < pattern.size(); ++at) {
    const char c = pattern[at];
    if (c == '\\') {
      ++at;
    } else if (c == '[') {
      if (const std::size_t end = class_end(pattern, at, last_close); end != kNone)
        at = end;
    } else if (c == '{') {
      open.push_back(groups.size());
      groups.push_back({at, kNone, {}});
    } else if (c == ',' && !open.empty()) {
      groups[open.back()].commas.push_back(at);
    } else if (c == '}' && !open.empty()) {
      groups[open.back()].close = at;
      open.pop_back();
    }
  }
  return groups;
}

// Expands the first group with alternatives, then each result in turn.
bool expand(const std::string& pattern, std::size_t limit, std::vector<std::string>& out) {
  for (const Group& group : find_groups(pattern)) {
    if (group.close == kNone || group.commas.empty())
      continue;
    const std::string_view text = pattern;
    const std::string_view before = text.substr(0, group.open);
    const std::string_view after = text.substr(group.close + 1);
    std::size_t start = group.open + 1;
    std::vector<std::size_t> ends = group.commas;
    ends.push_back(group.close);
    for (const std::size_t end : ends) {
      std::string alternative(before);
      alternative.append(text.substr(start, end - start)).append(after);
      if (!expand(alternative, limit, out))
        return false;
      start = end + 1;
    }
    return true;
  }
  if (out.size() == limit)
    return false;
  out.push_back(pattern);
  return true;
}

}  // namespace

std::optional<std::vector<std::string>> expand_braces(std::string_view pattern, std::size_t limit) {
  // Each group with a comma adds at least one result, so this many cannot fit; refusing
  // them here also bounds the depth of the expansion below.
  std::size_t groups = 0;
  for (const Group& group : find_groups(pattern))
    groups += group.close != kNone && !group.commas.empty() ? 1 : 0;
  if (groups >= limit)
    return std::nullopt;
  std::vector<std::string> out;
  if (!expand(std::string(pattern), limit, out))
    return std::nullopt;
  return out;
}

}  // namespace presscheck
