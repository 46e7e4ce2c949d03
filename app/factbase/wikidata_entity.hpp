#pragma once

#include "core/json_reader.hpp"
#include "factbase/wikidata_records.hpp"

namespace presscheck::facts {

/// Adds one Wikidata entity (an item of a dump, an API response or a file of its own) to
/// `records`: its French and English labels and aliases as names, the kind its classes
/// map to, and the statements of the mapped properties with their period, rank and sources.
/// Statements that cannot be read faithfully are counted in `records.skipped`, never guessed.
void read_wikidata_entity(const JsonValue& entity, const WikidataMapping& mapping,
                          const Origin& origin, WikidataRecords& records);

}  // namespace presscheck::facts
