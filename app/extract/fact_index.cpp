#include <algorithm>

#include "extract/fact_index.hpp"

namespace presscheck {
namespace {

NameSpotter label_spotter(const facts::FactBase& base, Lang lang) {
  std::multimap<std::string, std::string> labels;
  for (const facts::LabelEntry& entry : base.property_labels(lang)) {
    labels.emplace(entry.label, entry.property);
  }
  return NameSpotter(labels, false);
}

}  // namespace

FactIndex::FactIndex(std::shared_ptr<const facts::FactBase> base)
    : base_(std::move(base)), all_names_(base_->all_names()) {
  std::multimap<std::string, std::string> names;
  for (const facts::NameEntry& entry : all_names_) {
    names.emplace(entry.name, entry.entity);
    auto& list = names_by_entity_[entry.entity];
    if (std::find(list.begin(), list.end(), entry.name) == list.end())
      list.push_back(entry.name);
  }
  names_ = NameSpotter(names, true);
  labels_fr_ = label_spotter(*base_, Lang::fr);
  labels_en_ = label_spotter(*base_, Lang::en);
}

const std::vector<std::string>& FactIndex::names_of(std::string_view entity) const {
  static const std::vector<std::string> kNone;
  const auto found = names_by_entity_.find(entity);
  return found == names_by_entity_.end() ? kNone : found->second;
}

}  // namespace presscheck
