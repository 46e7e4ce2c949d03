#pragma once

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/entity_spotter.hpp"
#include "extract/exact_name_spotter.hpp"
#include "extract/name_spelling_index.hpp"
#include "extract/past_claims.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// The fact base made ready for reading drafts, once per run: a spotter for every entity
/// name (case-sensitive, as names are) and one per language for property labels
/// (« amende », "fine"; any case).
class FactIndex {
 public:
  explicit FactIndex(std::shared_ptr<const facts::FactBase> base);

  const facts::FactBase& base() const { return *base_; }
  const ExactNameSpotter& names() const { return names_; }
  const NameSpotter& labels(Lang lang) const;
  /// Every name and alias of one entity, for messages and spelling suggestions.
  const std::vector<std::string>& names_of(std::string_view entity) const;
  const std::vector<facts::NameEntry>& all_names() const { return all_names_; }
  /// Whether the base holds a statement of `property` about `entity`, at any date. Asked of
  /// every entity near a property label, so answers are kept (up to kCachedAnswers).
  bool has_property(const std::string& entity, std::string_view property) const;
  static constexpr std::size_t kCachedAnswers = 1 << 20;
  /// Whether `written` is exactly one of all_names().
  bool is_name(std::string_view written) const;
  /// The words of all_names() a draft may misspell, for the name-spelling check.
  const NameSpellingIndex& spelling() const;

  /// The entities of kind office, and the first word of each of their names, folded. A title
  /// is an office's name, so a person named with no such word nearby has no title to check.
  struct Offices {
    std::unordered_set<std::string> ids;
    std::unordered_set<std::string> first_words;
  };
  const Offices& offices() const;

  /// The claims fact-checkers rated false or misleading, read from the base on first use
  /// with the function words and negations of `rules` (the same for the whole run).
  const PastClaims& past_claims(const RuleSet& rules) const;

 private:
  struct NameWordIndex {
    std::unordered_set<std::string_view> names;  // views into all_names_
    NameSpellingIndex spelling;
  };
  // Built on first use: only the name-spelling check asks, and only when a draft is linted.
  const NameWordIndex& name_words() const;

  std::shared_ptr<const facts::FactBase> base_;
  std::vector<facts::NameEntry> all_names_;
  std::map<std::string, std::vector<std::string>, std::less<>> names_by_entity_;
  ExactNameSpotter names_;
  mutable std::array<std::once_flag, 2> labels_built_;  // French, English
  mutable std::array<NameSpotter, 2> labels_;
  mutable std::once_flag name_words_built_;
  mutable NameWordIndex name_words_;
  mutable std::mutex has_property_mutex_;
  mutable std::unordered_map<std::string, bool> has_property_;  // key: entity, NUL, property
  mutable std::once_flag offices_built_;
  mutable Offices offices_;
  mutable std::once_flag past_claims_built_;
  mutable PastClaims past_claims_;
};

}  // namespace presscheck
