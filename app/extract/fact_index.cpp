#include "extract/fact_index.hpp"

#include <algorithm>

#include "text/token.hpp"

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
    : base_(std::move(base)), indexes_(load_fact_index(*base_)) {}

const NameSpotter& FactIndex::labels(Lang lang) const {
  // Built on first use, and only for the languages of the drafts read: a regular
  // expression of every label takes milliseconds to compile.
  const std::size_t which = lang_index(lang);
  std::call_once(labels_built_[which], [&] { labels_[which] = label_spotter(*base_, lang); });
  return labels_[which];
}

std::vector<std::string> FactIndex::names_of(std::string_view entity) const {
  return indexes_.names.names_of(entity);
}

bool FactIndex::has_property(const std::string& entity, std::string_view property) const {
  std::string key = entity;
  key += '\0';
  key += property;
  const std::lock_guard lock(has_property_mutex_);
  if (const auto found = has_property_.find(key); found != has_property_.end())
    return found->second;
  const bool has = base_->has_statement(entity, property);
  if (has_property_.size() >= kCachedAnswers)
    has_property_.clear();
  has_property_.emplace(std::move(key), has);
  return has;
}

bool FactIndex::is_name(std::string_view written) const {
  return indexes_.spotter.contains(written);
}

const FactIndex::Offices& FactIndex::offices() const {
  // Built on first use: only the title check asks.
  std::call_once(offices_built_, [this] {
    for (std::string& id : base_->entities_of_kind(facts::EntityKind::office)) {
      for (const std::string& name : names_of(id)) {
        const std::vector<Token> words = tokenize(name, {0, name.size()});
        if (!words.empty())
          offices_.first_words.insert(words.front().folded);
      }
      offices_.ids.insert(std::move(id));
    }
  });
  return offices_;
}

const PastClaims& FactIndex::past_claims(const RuleSet& rules) const {
  std::call_once(past_claims_built_,
                 [&] { past_claims_ = PastClaims(base_->debunked_claims(), rules); });
  return past_claims_;
}

}  // namespace presscheck
