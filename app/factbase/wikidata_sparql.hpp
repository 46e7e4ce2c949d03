#pragma once

#include <string_view>

#include "core/json_reader.hpp"
#include "factbase/wikidata_records.hpp"

namespace presscheck::facts {

/// Whether `json` is a W3C SPARQL 1.1 JSON result: {"head":{"vars":…},"results":{"bindings":…}}.
bool is_sparql_results(const JsonValue& json);

/// Adds the rows of an office-holder query (who held which office, from when to when) to
/// `records`, reading the variables the mapping's [sparql] table names. `office` (a Q-id)
/// stands for rows that name no office, as in a query about one office. Dates come without
/// their precision: see date_without_precision.
void read_sparql_results(const JsonValue& results, const WikidataMapping& mapping,
                         std::string_view office, const Origin& origin, WikidataRecords& records);

}  // namespace presscheck::facts
