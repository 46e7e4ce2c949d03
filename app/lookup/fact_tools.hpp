#pragma once

#include <memory>
#include <string>

#include "extract/extraction.hpp"
#include "factbase/fact_base.hpp"
#include "factbase/quote_index.hpp"
#include "rulepack/rule_set.hpp"

namespace presscheck {

/// The fact base opened once for lookups and sentence checks. What only sentence checks
/// need (the rule packs, the name spotters) is built on first use, so that a lookup starts
/// at once even on a large base.
class FactTools {
 public:
  /// Opens the base `--facts PATH` stands for ("" for the starter base); throws UserError.
  explicit FactTools(const std::string& facts_path);

  const facts::FactBase& base() const { return *base_; }
  const facts::QuoteIndex& quotes() const { return quotes_; }
  const RuleSet& rules();
  const ClaimReaders& readers();
  /// The same, for holders that keep them (a server's lint settings).
  std::shared_ptr<const RuleSet> shared_rules();
  std::shared_ptr<const ClaimReaders> shared_readers();

 private:
  std::shared_ptr<const facts::FactBase> base_;
  facts::QuoteIndex quotes_;
  std::shared_ptr<const RuleSet> rules_;
  std::shared_ptr<const ClaimReaders> readers_;
};

}  // namespace presscheck
