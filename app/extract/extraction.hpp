#pragma once

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "extract/fact_index.hpp"
#include "extract/topic_word.hpp"
#include "extract/value.hpp"
#include "extract/value_extractor.hpp"
#include "text/analysis.hpp"

namespace presscheck {

/// What reading claims needs, built once per run and shared by every draft and thread:
/// the value extractors of each language read and, when a fact base is open, its index.
class ClaimReaders {
 public:
  ClaimReaders(std::shared_ptr<const RuleSet> rules, std::shared_ptr<const FactIndex> facts);

  /// Built on first use: a run reading only French drafts never compiles the English
  /// lexicons (a few milliseconds of each start).
  const ValueExtractor& values(Lang lang) const;
  const RuleSet& rules() const { return *rules_; }
  /// Null when linting without a fact base.
  const FactIndex* facts() const { return facts_.get(); }

 private:
  std::shared_ptr<const RuleSet> rules_;
  std::shared_ptr<const FactIndex> facts_;
  mutable std::array<std::once_flag, 2> built_;  // French, English
  mutable std::array<std::optional<ValueExtractor>, 2> values_;
};

/// The values, topic words, entity names and property labels of one block, and, with a
/// fact base, the words that date a title or give one (read once for the title check and
/// `verify`).
struct BlockExtraction {
  std::vector<Value> values;
  std::vector<TopicWord> topics;
  std::vector<Mention> entities;
  std::vector<Mention> labels;
  std::vector<RuleMatch> title_markers;  // « ancien », "then-"
  std::vector<RuleMatch> title_copulas;  // « est », "remains"
};

/// Everything extraction found in a document, one entry per block of its Analysis.
struct Extraction {
  std::vector<BlockExtraction> blocks;
};

Extraction extract(const Document& document, const Analysis& analysis, const ClaimReaders& readers);

}  // namespace presscheck
