#pragma once

#include <memory>

#include "extract/entity_spotter.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// The fact base made ready for reading drafts, once per run: a spotter for every entity
/// name (case-sensitive, as names are) and one per language for property labels
/// (« amende », "fine"; any case).
class FactIndex {
 public:
  explicit FactIndex(std::shared_ptr<const facts::FactBase> base);

  const facts::FactBase& base() const { return *base_; }
  const NameSpotter& names() const { return names_; }
  const NameSpotter& labels(Lang lang) const { return lang == Lang::fr ? labels_fr_ : labels_en_; }
  /// Every name and alias of one entity, for messages and spelling suggestions.
  const std::vector<std::string>& names_of(std::string_view entity) const;
  const std::vector<facts::NameEntry>& all_names() const { return all_names_; }

 private:
  std::shared_ptr<const facts::FactBase> base_;
  std::vector<facts::NameEntry> all_names_;
  std::map<std::string, std::vector<std::string>, std::less<>> names_by_entity_;
  NameSpotter names_;
  NameSpotter labels_fr_;
  NameSpotter labels_en_;
};

}  // namespace presscheck
