#include "lookup/fact_tools.hpp"

#include "factbase/open_facts.hpp"

namespace presscheck {

FactTools::FactTools(const std::string& facts_path)
    : base_(std::make_shared<const facts::FactBase>(facts::open_facts(facts_path))),
      quotes_(base_->path()) {}

const RuleSet& FactTools::rules() {
  if (!rules_)
    rules_ = RuleSet::load(default_rules_dir());
  return *rules_;
}

const ClaimReaders& FactTools::readers() {
  if (!readers_) {
    rules();
    readers_ =
        std::make_shared<const ClaimReaders>(rules_, std::make_shared<const FactIndex>(base_));
  }
  return *readers_;
}

std::shared_ptr<const RuleSet> FactTools::shared_rules() {
  rules();
  return rules_;
}

std::shared_ptr<const ClaimReaders> FactTools::shared_readers() {
  readers();
  return readers_;
}

}  // namespace presscheck
