#include "extract/exact_name_spotter.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

bool word_char_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && utf8::is_word_char(utf8::next(text, pos));
}

bool word_char_before(std::string_view text, std::size_t pos) {
  return pos > 0 && utf8::is_word_char(utf8::previous(text, pos));
}

// Where the run of word characters starting at `pos` ends.
std::size_t word_end(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit) {
    std::size_t next = pos;
    if (!utf8::is_word_char(utf8::next(text, next)))
      break;
    pos = next;
  }
  return std::min(pos, limit);
}

}  // namespace

ExactNameSpotter::ExactNameSpotter(const std::multimap<std::string, std::string>& names) {
  for (const auto& [name, id] : names) {
    auto& ids = by_name_[name];
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
      ids.push_back(id);
  }
  for (const auto& [name, ids] : by_name_) {
    const std::string_view written = name;
    if (!word_char_at(written, 0) || !word_char_before(written, written.size()))
      continue;
    by_first_word_[written.substr(0, word_end(written, 0, written.size()))].push_back(written);
  }
  for (auto& [first, candidates] : by_first_word_) {
    std::sort(candidates.begin(), candidates.end(), [](std::string_view a, std::string_view b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
  }
}

std::vector<Mention> ExactNameSpotter::find(std::string_view text, Span within) const {
  std::vector<Mention> mentions;
  if (by_first_word_.empty())
    return mentions;
  std::size_t pos = within.begin;
  while (pos < within.end) {
    if (!word_char_at(text, pos)) {
      utf8::next(text, pos);
      continue;
    }
    const std::size_t end_of_word = word_end(text, pos, within.end);
    const auto found = by_first_word_.find(text.substr(pos, end_of_word - pos));
    if (found == by_first_word_.end() || word_char_before(text, pos)) {
      pos = end_of_word;
      continue;
    }
    // The longest name written here. If a word goes on right after it, the place is
    // passed over: the draft names something longer that the base does not know.
    std::size_t next = end_of_word;
    for (std::string_view name : found->second) {
      if (pos + name.size() > within.end || text.compare(pos, name.size(), name) != 0)
        continue;
      if (!word_char_at(text, pos + name.size())) {
        mentions.push_back({{pos, pos + name.size()}, by_name_.find(name)->second});
        next = pos + name.size();
      }
      break;
    }
    pos = next;
  }
  return mentions;
}

}  // namespace presscheck
