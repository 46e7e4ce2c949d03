#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/span.hpp"
#include "extract/entity_spotter.hpp"

namespace presscheck {

/// Finds the fact base's names as written (case and accents included) at word starts,
/// the longest name first, so that « Thierry Breton » wins over « Breton » and « été »
/// does not split. The names are filed by their first word: each word of a draft costs one
/// hash lookup, however many names the base holds, and nothing is compiled at start-up
/// (one regular expression of 12,000 names took a third of a second to build).
class ExactNameSpotter {
 public:
  ExactNameSpotter() = default;
  /// Each written name with an id it stands for; a name listed with several ids stands for
  /// all of them, in the order given. A name that does not begin and end with a word
  /// character is never found. Names and ids are viewed, not copied (a large base has tens
  /// of thousands, and this is built at every start): they must outlive the spotter.
  using NameAndId = std::pair<std::string_view, std::string_view>;
  explicit ExactNameSpotter(const std::vector<NameAndId>& names);

  std::vector<Mention> find(std::string_view text, Span within) const;
  bool empty() const { return names_.empty(); }

 private:
  struct Name {
    std::string_view written;
    std::vector<std::string_view> ids;
  };
  std::vector<Name> names_;  // each written name once
  // First word -> the names starting with it, longest first (indexes into names_).
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> by_first_word_;
};

}  // namespace presscheck
