#pragma once

#include <SQLiteCpp/Database.h>

#include "factbase/fact_set.hpp"

namespace presscheck::facts {

/// Removes from the full-text index the rows of the entities, properties and quotes of
/// `set` that the base already holds; call it before writing them. A few records are
/// found through the index itself, by the words of their old names, labels and texts; many
/// at once, or one whose rows the words do not find, by one pass over the whole index.
void forget_search_rows(SQLite::Database& db, const FactSet& set);

/// Adds to the full-text index the rows of the entities, properties and quotes of `set`,
/// read back from the tables; call it after writing them.
void add_search_rows(SQLite::Database& db, const FactSet& set);

}  // namespace presscheck::facts
