#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "extract/index_blob.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// The words of the fact base's names that a draft may misspell, arranged so that one word
/// of a draft finds every name word one edit away from it in a few lookups, however large
/// the base. Each distinct name word is filed under itself and under each of its one-letter
/// deletions; two words one edit apart (a letter changed, added, dropped, or two swapped)
/// always share one of these keys, so the draft's word and its own deletions reach them.
/// A surname many people share is filed once, with the list of places it stands. The index
/// is flat arrays, as `facts build` stores it in the base, so a run uses it as read.
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

  /// Writes the index of `names` as the constructor builds it.
  static void write(const std::vector<facts::NameEntry>& names, BlobWriter& out);
  /// Views an index write() wrote; `in`'s bytes must outlive the index. Throws BadIndexBlob
  /// when the index does not hold together.
  static NameSpellingIndex read(BlobReader& in);
  /// How many names the index was built from.
  std::size_t name_count() const { return name_begins_.empty() ? 0 : name_begins_.size() - 1; }

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
  std::span<const Span> words_of(std::uint32_t name) const;

 private:
  /// One distinct word and where its places are in places_.
  struct KnownWord {
    PooledString text;
    std::uint32_t places_begin = 0;
    std::uint32_t places_end = 0;
  };
  std::string_view text_of(std::uint32_t known) const;

  std::shared_ptr<const AlignedBytes> owned_;  // when built here rather than read
  std::string_view pool_;
  std::span<const KnownWord> known_;
  std::span<const NameWord> places_;
  std::size_t longest_ = 0;  // bytes of the longest word in known_
  // The hash of each known word and of each of its one-letter deletions -> the word.
  HashedValues keys_;
  std::span<const Span> name_words_;            // the words of every name, name after name
  std::span<const std::uint32_t> name_begins_;  // where each name's words begin in name_words_
};

}  // namespace presscheck
