#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
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
  /// `names` maps each written name to the ids it stands for. A name that does not begin
  /// and end with a word character is never found.
  explicit ExactNameSpotter(const std::multimap<std::string, std::string>& names);

  std::vector<Mention> find(std::string_view text, Span within) const;
  bool empty() const { return by_name_.empty(); }

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> by_name_;
  // First word -> the names starting with it, longest first (views into by_name_'s keys).
  std::unordered_map<std::string_view, std::vector<std::string_view>> by_first_word_;
};

}  // namespace presscheck
