#include "extract/extraction.hpp"

namespace presscheck {

ClaimReaders::ClaimReaders(std::shared_ptr<const RuleSet> rules,
                           std::shared_ptr<const FactIndex> facts)
    : rules_(std::move(rules)),
      facts_(std::move(facts)),
      fr_(*rules_, Lang::fr),
      en_(*rules_, Lang::en) {}

Extraction extract(const Document& document, const Analysis& analysis,
                   const ClaimReaders& readers) {
  Extraction extraction;
  extraction.blocks.reserve(analysis.blocks.size());
  const ValueExtractor& values = readers.values(document.lang);
  const FactIndex* facts = readers.facts();
  for (const BlockAnalysis& block : analysis.blocks) {
    BlockExtraction out;
    out.values = values.find(document.text, block.block.span, document.date);
    out.topics = find_topic_words(readers.rules(), document.lang, document.text, block.block.span);
    if (facts != nullptr) {
      out.entities = facts->names().find(document.text, block.block.span);
      out.labels = facts->labels(document.lang).find(document.text, block.block.span);
    }
    extraction.blocks.push_back(std::move(out));
  }
  return extraction;
}

}  // namespace presscheck
