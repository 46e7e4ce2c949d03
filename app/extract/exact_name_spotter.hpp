#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/span.hpp"
#include "extract/entity_spotter.hpp"
#include "extract/index_blob.hpp"

namespace presscheck {

/// Finds the fact base's names as written (case and accents included) at word starts,
/// the longest name first, so that « Thierry Breton » wins over « Breton » and « été »
/// does not split. The names are filed by a hash of their first word: each word of a draft
/// costs one lookup, however many names the base holds. The whole index is flat arrays, as
/// `facts build` stores it in the base, so a run uses it as read instead of building it.
class ExactNameSpotter {
 public:
  ExactNameSpotter() = default;
  /// Each written name with an id it stands for; a name listed with several ids stands for
  /// all of them, in the order given. A name that does not begin and end with a word
  /// character is never found.
  using NameAndId = std::pair<std::string_view, std::string_view>;
  explicit ExactNameSpotter(const std::vector<NameAndId>& names);

  /// Writes the index of `names` as the constructor builds it.
  static void write(const std::vector<NameAndId>& names, BlobWriter& out);
  /// Views an index write() wrote; `in`'s bytes must outlive the spotter. Throws
  /// BadIndexBlob when the index does not hold together.
  static ExactNameSpotter read(BlobReader& in);

  std::vector<Mention> find(std::string_view text, Span within) const;
  /// Whether `written` is exactly one of the names.
  bool contains(std::string_view written) const;
  bool empty() const { return names_.empty(); }

 private:
  struct Name {
    PooledString written;
    std::uint32_t ids_begin = 0;  // into ids_
    std::uint32_t ids_end = 0;
  };
  std::string_view written(std::uint32_t name) const;

  std::shared_ptr<const AlignedBytes> owned_;  // when built here rather than read
  std::string_view pool_;
  std::span<const Name> names_;  // each written name once
  std::span<const PooledString> ids_;
  // First word -> the names starting with it, longest first.
  HashedValues by_first_word_;
  HashedValues by_name_;
};

}  // namespace presscheck
