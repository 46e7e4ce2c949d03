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

void NameSpellingIndex::write(const std::vector<facts::NameEntry>& names, BlobWriter& out) {
  std::unordered_map<std::string_view, std::uint32_t> known_index;
  std::vector<std::string_view> known;
  std::vector<std::vector<NameWord>> places;
  std::vector<Span> name_words;
  std::vector<std::uint32_t> name_begins = {0};
  std::size_t longest = 0;
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
          known_index.try_emplace(word, static_cast<std::uint32_t>(known.size()));
      if (added) {
        known.push_back(word);
        places.emplace_back();
        longest = std::max(longest, word.size());
      }
      places[it->second].push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k)});
    }
    if (may_be_misspelt_here) {
      for (const Token& token : tokens)
        name_words.push_back(token.span);
    }
    name_begins.push_back(static_cast<std::uint32_t>(name_words.size()));
  }
  std::string pool;
  std::vector<KnownWord> stored;
  std::vector<NameWord> all_places;
  std::vector<HashedValues::Entry> keys;
  for (std::uint32_t k = 0; k < known.size(); ++k) {
    KnownWord word{pool_string(pool, known[k]), static_cast<std::uint32_t>(all_places.size()), 0};
    all_places.insert(all_places.end(), places[k].begin(), places[k].end());
    word.places_end = static_cast<std::uint32_t>(all_places.size());
    stored.push_back(word);
    for_each_key(known[k], [&](std::uint64_t key) { keys.push_back({key, k}); });
  }
  out.array(std::span<const char>(pool));
  out.array(stored);
  out.array(all_places);
  out.number(longest);
  HashedValues::write(std::move(keys), out);
  out.array(name_words);
  out.array(name_begins);
}

NameSpellingIndex NameSpellingIndex::read(BlobReader& in) {
  NameSpellingIndex index;
  const std::span<const char> pool = in.array<char>();
  index.pool_ = {pool.data(), pool.size()};
  index.known_ = in.array<KnownWord>();
  index.places_ = in.array<NameWord>();
  index.longest_ = in.number();
  index.keys_ = HashedValues::read(in, index.known_.size());
  index.name_words_ = in.array<Span>();
  index.name_begins_ = in.array<std::uint32_t>();
  if (index.name_begins_.empty() || index.name_begins_.front() != 0 ||
      index.name_begins_.back() != index.name_words_.size() ||
      !std::is_sorted(index.name_begins_.begin(), index.name_begins_.end()))
    throw BadIndexBlob("the spelling index's names have words outside their list");
  for (const KnownWord& word : index.known_) {
    if (pooled(index.pool_, word.text).size() > index.longest_ ||
        word.places_begin > word.places_end || word.places_end > index.places_.size())
      throw BadIndexBlob("a word of the spelling index has places outside its list");
  }
  for (const NameWord& place : index.places_) {
    if (place.name >= index.name_count() || place.word >= index.words_of(place.name).size())
      throw BadIndexBlob("a word of the spelling index stands in no name");
  }
  for (const Span& span : index.name_words_) {
    if (span.begin > span.end)
      throw BadIndexBlob("a name word of the spelling index ends before it begins");
  }
  return index;
}

NameSpellingIndex::NameSpellingIndex(const std::vector<facts::NameEntry>& names) {
  BlobWriter out;
  write(names, out);
  const auto owned = std::make_shared<const AlignedBytes>(out.bytes());
  BlobReader in(owned->view());
  *this = read(in);
  owned_ = owned;
}

std::string_view NameSpellingIndex::text_of(std::uint32_t known) const {
  return pool_.substr(known_[known].text.offset, known_[known].text.size);
}

bool NameSpellingIndex::knows(std::string_view word) const {
  for (const HashedValues::Entry& entry : keys_.equal(hash_of(word))) {
    if (text_of(entry.value) == word)
      return true;
  }
  return false;
}

std::span<const Span> NameSpellingIndex::words_of(std::uint32_t name) const {
  if (name >= name_count())
    return {};
  return name_words_.subspan(name_begins_[name], name_begins_[name + 1] - name_begins_[name]);
}

std::vector<NameSpellingIndex::NameWord> NameSpellingIndex::near(std::string_view written) const {
  std::vector<std::uint32_t> reached;
  // One edit adds at most one code point, four bytes: a longer word is near no known one.
  if (keys_.empty() || written.size() > longest_ + 4)
    return {};
  for_each_key(written, [&](std::uint64_t key) {
    for (const HashedValues::Entry& entry : keys_.equal(key))
      reached.push_back(entry.value);
  });
  std::sort(reached.begin(), reached.end());
  reached.erase(std::unique(reached.begin(), reached.end()), reached.end());
  std::vector<NameWord> found;
  for (const std::uint32_t known : reached) {
    // Keys are hashes and a shared deletion is not always one edit: compare the words.
    const std::string_view word = text_of(known);
    if (word != written && one_edit_apart(written, word)) {
      found.insert(found.end(), places_.begin() + known_[known].places_begin,
                   places_.begin() + known_[known].places_end);
    }
  }
  std::sort(found.begin(), found.end(), [](const NameWord& a, const NameWord& b) {
    return a.name != b.name ? a.name < b.name : a.word < b.word;
  });
  return found;
}

}  // namespace presscheck
