#include "shell/name_completion.hpp"

#include <algorithm>

#include "core/utf8.hpp"
#include "factbase/model.hpp"

namespace presscheck {
namespace {

// The longest run of bytes all names share, cut back to a whole code point.
std::string shared_start(const std::vector<std::string>& names) {
  std::string shared = names.front();
  for (const std::string& name : names) {
    const auto diff = std::mismatch(shared.begin(), shared.end(), name.begin(), name.end());
    shared.erase(diff.first, shared.end());
  }
  while (!shared.empty() && utf8::first_invalid(shared))
    shared.pop_back();
  return shared;
}

}  // namespace

NameCompleter::NameCompleter(const std::vector<std::string>& names) {
  by_key_.reserve(names.size());
  for (const std::string& name : names) {
    if (!utf8::first_invalid(name))
      by_key_.emplace_back(facts::name_key(name), name);
  }
  std::sort(by_key_.begin(), by_key_.end());
  by_key_.erase(std::unique(by_key_.begin(), by_key_.end()), by_key_.end());
}

Completion NameCompleter::complete(std::string_view line, std::size_t max_listed) const {
  if (utf8::first_invalid(line))
    return {};
  for (std::size_t from = 0; from < line.size(); ++from) {
    if (from > 0 && line[from - 1] != ' ')
      continue;
    const std::string typed = facts::name_key(line.substr(from));
    if (typed.empty())
      continue;
    auto it = std::lower_bound(
        by_key_.begin(), by_key_.end(), typed,
        [](const auto& entry, const std::string& key) { return entry.first < key; });
    std::vector<std::string> matches;
    for (; it != by_key_.end() && it->first.starts_with(typed); ++it)
      matches.push_back(it->second);
    if (matches.empty())
      continue;
    std::sort(matches.begin(), matches.end());
    matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
    Completion completion;
    completion.from = from;
    if (matches.size() == 1) {
      completion.text = matches.front();
      return completion;
    }
    const std::string shared = shared_start(matches);
    if (utf8::count_code_points(shared) > utf8::count_code_points(line.substr(from))) {
      completion.text = shared;
    } else {
      if (matches.size() > max_listed)
        matches.resize(max_listed);
      completion.matches = std::move(matches);
    }
    return completion;
  }
  return {};
}

}  // namespace presscheck
