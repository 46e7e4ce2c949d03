#include "extract/entity_spotter.hpp"

#include <fmt/format.h>
#include <re2/re2.h>
#include <algorithm>

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace presscheck {

NameSpotter::NameSpotter(const std::multimap<std::string, std::string>& names, bool case_sensitive)
    : case_sensitive_(case_sensitive) {
  std::vector<std::string> written;
  for (const auto& [name, id] : names) {
    if (name.empty())
      continue;
    auto& ids = by_key_[key(name)];
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
      ids.push_back(id);
    written.push_back(name);
  }
  if (written.empty())
    return;
  // Longest first, so that the leftmost match is also the longest at its place.
  std::sort(written.begin(), written.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  written.erase(std::unique(written.begin(), written.end()), written.end());
  std::string pattern;
  for (const std::string& name : written) {
    if (!pattern.empty())
      pattern += '|';
    pattern += RE2::QuoteMeta(name);
  }
  matcher_.pattern = "(?:" + pattern + ")";
  // One alternation of every name of a large fact base outgrows RE2's default budget.
  constexpr std::int64_t kMaxMemory = std::int64_t{1} << 30;
  if (const auto error = matcher_.compile(case_sensitive, kMaxMemory)) {
    throw UserError(fmt::format("the fact base has {} names, too many to spot in one pass ({})",
                                written.size(), *error));
  }
}

std::string NameSpotter::key(std::string_view written) const {
  return case_sensitive_ ? std::string(written) : utf8::fold(written);
}

std::vector<Mention> NameSpotter::find(std::string_view text, Span within) const {
  std::vector<Mention> mentions;
  if (by_key_.empty())
    return mentions;
  for (const RuleMatch& match : matcher_.find_all(text, within)) {
    const auto found = by_key_.find(key(text.substr(match.span.begin, match.span.size())));
    if (found != by_key_.end())
      mentions.push_back({match.span, found->second});
  }
  return mentions;
}

}  // namespace presscheck
