#include "extract/name_spelling_index.hpp"

#include <algorithm>
#include <functional>
#include <string>

#include "core/utf8.hpp"
#include "extract/near_miss.hpp"
#include "text/token.hpp"

namespace presscheck {
namespace {

std::uint64_t hash_of(std::string_view key) {
  return std::hash<std::string_view>{}(key);
}

// The word itself, then the word with each of its code points left out in turn.
template <typename Visit>
void for_each_key(std::string_view word, Visit visit) {
  visit(hash_of(word));
  std::string without;
  std::size_t pos = 0;
  while (pos < word.size()) {
    const std::size_t begin = pos;
    utf8::next(word, pos);
    without.assign(word.substr(0, begin));
    without.append(word.substr(pos));
    visit(hash_of(without));
  }
}

char32_t first_code_point(std::string_view word) {
  std::size_t pos = 0;
  return word.empty() ? 0 : utf8::next(word, pos);
}

}  // namespace

bool NameSpellingIndex::may_be_misspelt(std::string_view word, std::size_t word_count) {
  const std::size_t min_length = word_count == 1 ? kMinSingleWordLength : kMinWordLength;
  return is_latin_capital(first_code_point(word)) && utf8::count_code_points(word) >= min_length;
}

NameSpellingIndex::NameSpellingIndex(const std::vector<facts::NameEntry>& names) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i].name;
    const std::vector<Token> tokens = tokenize(name, {0, name.size()});
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const std::string_view word =
          std::string_view(name).substr(tokens[k].span.begin, tokens[k].span.size());
      if (!may_be_misspelt(word, tokens.size()))
        continue;
      const NameWord at{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k)};
      for_each_key(word, [&](std::uint64_t key) { entries_.push_back({key, at}); });
    }
  }
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    if (a.key != b.key)
      return a.key < b.key;
    return a.word.name != b.word.name ? a.word.name < b.word.name : a.word.word < b.word.word;
  });
}

std::vector<NameSpellingIndex::NameWord> NameSpellingIndex::near(std::string_view written) const {
  std::vector<NameWord> found;
  for_each_key(written, [&](std::uint64_t key) {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                               [](const Entry& entry, std::uint64_t k) { return entry.key < k; });
    for (; it != entries_.end() && it->key == key; ++it)
      found.push_back(it->word);
  });
  std::sort(found.begin(), found.end(), [](const NameWord& a, const NameWord& b) {
    return a.name != b.name ? a.name < b.name : a.word < b.word;
  });
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

}  // namespace presscheck
