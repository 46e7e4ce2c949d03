#include "extract/exact_name_spotter.hpp"

#include <algorithm>
#include <unordered_map>

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

ExactNameSpotter::ExactNameSpotter(const std::vector<NameAndId>& names) {
  std::unordered_map<std::string_view, std::uint32_t> index_of;
  index_of.reserve(names.size());
  for (const auto& [written, id] : names) {
    const auto [it, added] =
        index_of.try_emplace(written, static_cast<std::uint32_t>(names_.size()));
    if (added)
      names_.push_back({written, {}});
    auto& ids = names_[it->second].ids;
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
      ids.push_back(id);
  }
  for (std::uint32_t i = 0; i < names_.size(); ++i) {
    const std::string_view written = names_[i].written;
    if (!word_char_at(written, 0) || !word_char_before(written, written.size()))
      continue;
    by_first_word_[written.substr(0, word_end(written, 0, written.size()))].push_back(i);
  }
  for (auto& [first, candidates] : by_first_word_) {
    std::sort(candidates.begin(), candidates.end(), [&](std::uint32_t a, std::uint32_t b) {
      const std::string_view x = names_[a].written;
      const std::string_view y = names_[b].written;
      return x.size() != y.size() ? x.size() > y.size() : x < y;
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
    for (const std::uint32_t candidate : found->second) {
      const Name& name = names_[candidate];
      const std::size_t size = name.written.size();
      if (pos + size > within.end || text.compare(pos, size, name.written) != 0)
        continue;
      if (!word_char_at(text, pos + size)) {
        mentions.push_back(
            {{pos, pos + size}, std::vector<std::string>(name.ids.begin(), name.ids.end())});
        next = pos + size;
      }
      break;
    }
    pos = next;
  }
  return mentions;
}

}  // namespace presscheck
