#include "extract/extraction.hpp"

namespace presscheck {

ClaimReaders::ClaimReaders(std::shared_ptr<const RuleSet> rules,
                           std::shared_ptr<const FactIndex> facts)
    : rules_(std::move(rules)), facts_(std::move(facts)) {}

const ValueExtractor& ClaimReaders::values(Lang lang) const {
  const std::size_t which = lang_index(lang);
  std::call_once(built_[which], [&] { values_[which].emplace(*rules_, lang); });
  return *values_[which];
}

Extraction extract(const Document& document, const Analysis& analysis,
                   const ClaimReaders& readers) {
  Extraction extraction;
  extraction.blocks.reserve(analysis.blocks.size());
  const ValueExtractor& values = readers.values(document.lang);
  const FactIndex* facts = readers.facts();
  for (const BlockAnalysis& block : analysis.blocks) {
    BlockExtraction out;
    out.values = values.find(document.text, block.block.span, document.date);
    out.topics = find_topic_words(readers.rules(), document.lang, document.text, block.block.span,
                                  block.rules_present);
    if (facts != nullptr) {
      out.entities = facts->names().find(document.text, block.block.span);
      out.labels = facts->labels(document.lang).find(document.text, block.block.span);
      const RuleSet& rules = readers.rules();
      out.title_markers = rules.kind(document.lang, RuleKindId::title_marker)
                              .find_all(document.text, block.block.span, block.rules_present);
      out.title_copulas = rules.kind(document.lang, RuleKindId::title_copula)
                              .find_all(document.text, block.block.span, block.rules_present);
    }
    extraction.blocks.push_back(std::move(out));
  }
  return extraction;
}

}  // namespace presscheck
