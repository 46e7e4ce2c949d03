#include "render/cards/card_names.hpp"

#include "analysis/fact_evidence.hpp"

namespace presscheck {

const std::string& CardNames::entity(const std::string& id, Lang lang) {
  auto key = std::make_pair(lang, id);
  auto it = entities_.find(key);
  if (it == entities_.end())
    it = entities_.emplace(std::move(key), entity_name(base_, id, lang)).first;
  return it->second;
}

const std::string& CardNames::property(const std::string& id, Lang lang) {
  auto key = std::make_pair(lang, id);
  auto it = properties_.find(key);
  if (it != properties_.end())
    return it->second;
  std::string label = id;
  if (const auto found = base_.property(id)) {
    for (Lang l : {lang, lang == Lang::fr ? Lang::en : Lang::fr}) {
      const auto labels = found->labels.find(l);
      if (labels != found->labels.end() && !labels->second.empty()) {
        label = labels->second.front();
        break;
      }
    }
  }
  return properties_.emplace(std::move(key), std::move(label)).first->second;
}

}  // namespace presscheck
