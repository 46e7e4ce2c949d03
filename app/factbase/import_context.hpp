#pragma once

#include <string>

#include "factbase/fact_set.hpp"
#include "factbase/stored_records.hpp"

namespace presscheck::facts {

/// What an import is checked on, and what it writes.
struct ImportCheck {
  /// The imported records merged with the base's records they point at, replace or may
  /// overlap, as validate_references reads them. The base's records are `stored`; an
  /// imported record with the id of one of them takes its place.
  FactSet records;
  /// Whether an imported entity, property or quote replaces one of the base: the search
  /// index then holds rows of the old record to remove.
  bool replaces_searchable = false;
};

/// Gathers, through indexed queries of `stored`, the part of the base that checking
/// `imported` needs, so that validate_references on the result finds what it would find on
/// the whole base with the import merged in: referenced entities, sources and properties,
/// the statements of each subject and single-valued property the import touches (and the
/// ones of such a property it replaces, which keep their place among them), and every
/// statement of a property whose type or single value it changes. Origins of the base's records
/// name `base_name` without a line.
ImportCheck gather_import_check(StoredRecords& stored, FactSet imported,
                                const std::string& base_name);

/// The imported records of `records`, that is those not `stored`, in their order.
FactSet imported_part(FactSet records);

}  // namespace presscheck::facts
