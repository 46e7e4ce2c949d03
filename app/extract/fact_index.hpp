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
#include "extract/fact_index_blob.hpp"
#include "extract/name_spelling_index.hpp"
#include "extract/name_table.hpp"
#include "extract/past_claims.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// The fact base made ready for reading drafts, once per run: a spotter for every entity
/// name (case-sensitive, as names are) and one per language for property labels
/// (« amende », "fine"; any case). The name indexes come ready-made from the base
/// (`facts build` stores them), so opening one costs one read, whatever its size.
class FactIndex {
 public:
  explicit FactIndex(std::shared_ptr<const facts::FactBase> base);

  const facts::FactBase& base() const { return *base_; }
  const ExactNameSpotter& names() const { return indexes_.spotter; }
  const NameSpotter& labels(Lang lang) const;
  /// Every name and alias of one entity, for messages and spelling suggestions.
  std::vector<std::string> names_of(std::string_view entity) const;
  /// Every name and alias, in FactBase::all_names() order.
  const NameTable& all_names() const { return indexes_.names; }
  /// Whether the base holds a statement of `property` about `entity`, at any date. Asked of
  /// every entity near a property label, so answers are kept (up to kCachedAnswers).
  bool has_property(const std::string& entity, std::string_view property) const;
  static constexpr std::size_t kCachedAnswers = 1 << 20;
  /// Whether `written` is exactly one of all_names().
  bool is_name(std::string_view written) const;
  /// The words of all_names() a draft may misspell, for the name-spelling check.
  const NameSpellingIndex& spelling() const { return indexes_.spelling; }

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
  std::shared_ptr<const facts::FactBase> base_;
  FactIndexBlob indexes_;
  mutable std::array<std::once_flag, 2> labels_built_;  // French, English
  mutable std::array<NameSpotter, 2> labels_;
  mutable std::mutex has_property_mutex_;
  mutable std::unordered_map<std::string, bool> has_property_;  // key: entity, NUL, property
  mutable std::once_flag offices_built_;
  mutable Offices offices_;
  mutable std::once_flag past_claims_built_;
  mutable PastClaims past_claims_;
};

}  // namespace presscheck
