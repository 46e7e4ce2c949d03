#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "factbase/fact_set.hpp"

namespace presscheck::facts {

/// Adds or replaces records in an open database, with statements prepared once. The caller
/// owns the transaction; call rebuild_search() (or, for a few records, the functions of
/// search_rows.hpp) before committing.
class StoreWriter {
 public:
  explicit StoreWriter(SQLite::Database& db);

  void put(const Source& source);
  void put(const Entity& entity);
  void put(const Property& property);
  void put(const Statement& statement);
  void put(const Quote& quote);

  /// Refills the full-text index from the tables: names, aliases, labels, quotes and their
  /// translations.
  void rebuild_search();

 private:
  SQLite::Database& db_;
  SQLite::Statement source_;
  SQLite::Statement entity_;
  SQLite::Statement delete_names_;
  SQLite::Statement name_;
  SQLite::Statement property_;
  SQLite::Statement delete_labels_;
  SQLite::Statement label_;
  SQLite::Statement statement_;
  SQLite::Statement quote_;
};

/// Puts every record of `set`, each kind in id order: the tables are keyed by id, so sorted
/// inserts append to their b-trees.
void put_all(StoreWriter& writer, const FactSet& set);

}  // namespace presscheck::facts
