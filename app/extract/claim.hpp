#pragma once

#include <string>
#include <vector>

#include "extract/extraction.hpp"

namespace presscheck {

/// A value claim: in one sentence, an entity, a label of one of its properties and a value
/// of that property's type (« une amende de 120 millions d'euros à X »).
struct ValueClaim {
  const BlockAnalysis* block = nullptr;
  Span sentence;
  std::string entity;
  std::string property;
  Span label;
  const Value* value = nullptr;
  /// Dates written in the same sentence, which tell which event is meant.
  std::vector<const Value*> dates;
};

/// Reads the value claims of a document. A sentence naming two entities that both have
/// the property is ambiguous and gives no claim: silence beats a guess.
std::vector<ValueClaim> read_value_claims(const Analysis& analysis, const Extraction& extraction,
                                          const FactIndex& facts);

}  // namespace presscheck
