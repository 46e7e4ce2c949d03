#include "extract/name_spelling_index.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>

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
  // Four bytes at most per code point: a longer word is too long whatever it holds, and
  // is not counted through.
  if (word.size() > 4 * kMaxWordLength || !is_latin_capital(first_code_point(word)))
    return false;
  const std::size_t length = utf8::count_code_points(word);
  return length >= min_length && length <= kMaxWordLength;
}

NameSpellingIndex::NameSpellingIndex(const std::vector<facts::NameEntry>& names) {
  std::unordered_map<std::string_view, std::uint32_t> known_index;
  name_words_.resize(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i].name;
    const std::vector<Token> tokens = tokenize(name, {0, name.size()});
    bool may_be_misspelt_here = false;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const std::string_view word =
          std::string_view(name).substr(tokens[k].span.begin, tokens[k].span.size());
      if (!may_be_misspelt(word, tokens.size()))
        continue;
      may_be_misspelt_here = true;
      const auto [it, added] =
          known_index.try_emplace(word, static_cast<std::uint32_t>(known_.size()));
      if (added) {
        known_.push_back({std::string(word), {}});
        longest_ = std::max(longest_, word.size());
      }
      known_[it->second].places.push_back(
          {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k)});
    }
    if (may_be_misspelt_here) {
      for (const Token& token : tokens)
        name_words_[i].push_back(token.span);
    }
  }
  for (std::uint32_t known = 0; known < known_.size(); ++known)
    for_each_key(known_[known].text, [&](std::uint64_t key) { entries_.push_back({key, known}); });
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.key != b.key ? a.key < b.key : a.known < b.known;
  });
  bucket_begin_.assign((std::size_t{1} << kBucketBits) + 1, 0);
  for (const Entry& entry : entries_)
    ++bucket_begin_[bucket_of(entry.key) + 1];
  for (std::size_t b = 1; b < bucket_begin_.size(); ++b)
    bucket_begin_[b] += bucket_begin_[b - 1];
}

bool NameSpellingIndex::knows(std::string_view word) const {
  if (entries_.empty())
    return false;
  const std::uint64_t key = hash_of(word);
  const auto bucket_end = entries_.begin() + bucket_begin_[bucket_of(key) + 1];
  auto it = std::lower_bound(entries_.begin() + bucket_begin_[bucket_of(key)], bucket_end, key,
                             [](const Entry& entry, std::uint64_t k) { return entry.key < k; });
  for (; it != bucket_end && it->key == key; ++it) {
    if (known_[it->known].text == word)
      return true;
  }
  return false;
}

const std::vector<Span>& NameSpellingIndex::words_of(std::uint32_t name) const {
  static const std::vector<Span> kNone;
  return name < name_words_.size() ? name_words_[name] : kNone;
}

std::vector<NameSpellingIndex::NameWord> NameSpellingIndex::near(std::string_view written) const {
  std::vector<std::uint32_t> reached;
  // One edit adds at most one code point, four bytes: a longer word is near no known one.
  if (entries_.empty() || written.size() > longest_ + 4)
    return {};
  for_each_key(written, [&](std::uint64_t key) {
    const auto bucket_end = entries_.begin() + bucket_begin_[bucket_of(key) + 1];
    auto it = std::lower_bound(entries_.begin() + bucket_begin_[bucket_of(key)], bucket_end, key,
                               [](const Entry& entry, std::uint64_t k) { return entry.key < k; });
    for (; it != bucket_end && it->key == key; ++it)
      reached.push_back(it->known);
  });
  std::sort(reached.begin(), reached.end());
  reached.erase(std::unique(reached.begin(), reached.end()), reached.end());
  std::vector<NameWord> found;
  for (const std::uint32_t known : reached) {
    // Keys are hashes and a shared deletion is not always one edit: compare the words.
    const KnownWord& word = known_[known];
    if (word.text != written && one_edit_apart(written, word.text))
      found.insert(found.end(), word.places.begin(), word.places.end());
  }
  std::sort(found.begin(), found.end(), [](const NameWord& a, const NameWord& b) {
    return a.name != b.name ? a.name < b.name : a.word < b.word;
  });
  return found;
}

}  // namespace presscheck
