#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// The words of the fact base's names that a draft may misspell, arranged so that one word
/// of a draft finds every name word one edit away from it in a few lookups, however large
/// the base. Each distinct name word is filed under itself and under each of its one-letter
/// deletions; two words one edit apart (a letter changed, added, dropped, or two swapped)
/// always share one of these keys, so the draft's word and its own deletions reach them.
/// A surname many people share is filed once, with the list of places it stands.
class NameSpellingIndex {
 public:
  /// A shorter word is too often another real word or name one letter away (Musk, Mask).
  static constexpr std::size_t kMinWordLength = 5;
  /// A one-word name has no other word to confirm the match, so it must be longer.
  static constexpr std::size_t kMinSingleWordLength = 7;
  /// No name word of any language is this long (the longest surnames have about 35
  /// letters). Looking a word up costs its length squared (one key per deletion), so a
  /// longer word, in the base or in a draft, is left out: a 16 MiB word costs nothing.
  static constexpr std::size_t kMaxWordLength = 64;

  /// One word of one name: an index into the names given to the constructor and the
  /// word's position in that name.
  struct NameWord {
    std::uint32_t name = 0;
    std::uint32_t word = 0;
    bool operator==(const NameWord&) const = default;
  };

  NameSpellingIndex() = default;
  explicit NameSpellingIndex(const std::vector<facts::NameEntry>& names);

  /// Whether a known word, in a name of `word_count` words, is long enough (but not too
  /// long) and capitalised enough for a word one edit away from it to count as a
  /// misspelling.
  static bool may_be_misspelt(std::string_view word, std::size_t word_count);

  /// Every place of a name word exactly one edit from `written`, in name order. A word
  /// written as known is not a misspelling of it, so it finds nothing there: most of a
  /// draft's capitalised words are names written right. A word longer by two letters
  /// than the longest known word finds nothing at once, without being read.
  std::vector<NameWord> near(std::string_view written) const;

  /// Whether `word` is, exactly, a word of a name the index holds (a spelling that is right).
  bool knows(std::string_view word) const;

  /// Where each word of name `name` stands in it, as tokenize() finds them: what the
  /// check compares a draft's words with, without tokenising the name again for each place
  /// it may be written. Empty for a name with no word that may be misspelt.
  const std::vector<Span>& words_of(std::uint32_t name) const;

 private:
  /// One distinct word and every place it stands in the names.
  struct KnownWord {
    std::string text;
    std::vector<NameWord> places;
  };
  struct Entry {
    std::uint64_t key = 0;    // hash of the word or of one of its deletions
    std::uint32_t known = 0;  // index into known_
  };
  /// Where the entries whose key starts with given top bits begin: entries_ is sorted by
  /// key, so a lookup searches only the few entries of its bucket.
  static constexpr int kBucketBits = 16;
  static std::size_t bucket_of(std::uint64_t key) { return key >> (64 - kBucketBits); }

  std::vector<KnownWord> known_;
  std::size_t longest_ = 0;                    // bytes of the longest word in known_
  std::vector<Entry> entries_;                 // sorted by key
  std::vector<std::uint32_t> bucket_begin_;    // (1 << kBucketBits) + 1 offsets into entries_
  std::vector<std::vector<Span>> name_words_;  // by name index
};

}  // namespace presscheck
