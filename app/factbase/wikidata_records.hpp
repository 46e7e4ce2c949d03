#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/json_reader.hpp"
#include "factbase/fact_set.hpp"
#include "factbase/wikidata_mapping.hpp"

namespace presscheck::facts {

/// What an import gathers from Wikidata files before it is checked against the base: the
/// records, which entities still need a kind, and what was left out and why.
struct WikidataRecords {
  FactSet set;
  /// Entities whose classes named no kind: they take one from a property pointing at them
  /// (`value_kind`) or from the base, or are left out.
  std::set<std::string> kind_pending;
  /// Kinds given by use: whatever P39 points at is an office.
  std::map<std::string, EntityKind> kind_by_use;
  std::size_t entities_read = 0;
  /// Statements left out, counted by reason ("its end date is unknown").
  std::map<std::string, std::size_t> skipped;
  /// When the files were fetched, for items that do not say when they were last modified.
  std::optional<Date> retrieved;

  void skip(const std::string& reason) { ++skipped[reason]; }
  /// Adds a source once; later ones with the same id are the same source.
  void add_source(Source source, const Origin& origin);
  /// Adds an entity, replacing one read earlier with the same id (a later revision).
  void add_entity(Entity entity, bool kind_known, const Origin& origin);
  /// Adds a statement, replacing one read earlier with the same id.
  void add_statement(Statement statement, const Origin& origin);

 private:
  std::set<std::string> source_ids_;
  std::map<std::string, std::size_t> entity_index_;
  std::map<std::string, std::size_t> statement_index_;
};

/// "Q23" -> "q23": a Wikidata id as a fact base id (statement ids also turn `$` into `-`).
std::string fact_id(std::string_view wikidata_id);

/// The item page every imported statement without a reference of its own cites.
std::string item_url(std::string_view wikidata_id);

/// The source for an item's page: "wikidata-q23", https://www.wikidata.org/wiki/Q23.
Source item_source(std::string_view wikidata_id, std::string_view label,
                   const std::optional<Date>& retrieved);

/// A Wikidata time value ("+2019-12-01T00:00:00Z" with precision 11 for a day, 10 a month,
/// 9 a year); nothing for a coarser precision or a year out of 1..9999.
std::optional<Date> wikidata_date(std::string_view time, int precision);

/// An ISO date without its precision (a SPARQL result): as precise as its zeros allow, so
/// 2014-01-01 reads as the year 2014 and 2014-04-01 as April 2014, never more precise than
/// the source may have meant.
std::optional<Date> date_without_precision(std::string_view iso);

/// A string member of an object, or an empty view.
std::string_view member_text(const JsonValue& object, std::string_view key);

}  // namespace presscheck::facts
