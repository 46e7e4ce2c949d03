#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "factbase/fact_set.hpp"
#include "factbase/stored_records.hpp"

namespace presscheck::facts {

/// Fact files read and checked: the records and every problem found, sorted by place.
struct CheckedFacts {
  FactSet set;
  std::vector<Problem> problems;
};

/// Reads files and folders of JSON Lines and runs every check on them.
CheckedFacts check_fact_files(const std::vector<std::string>& paths);

/// How a built database is journaled: WAL lets lookups read while an import writes; a cached
/// base is never written again, so it needs no journal files at all.
enum class Journal { wal, rollback };

/// Writes valid records to a database at `output`, all or nothing. The base is built in a
/// temporary file of the same folder, then renamed into place when `output` is new, or copied
/// into an existing base in one transaction (its readers keep their snapshot), so a reader
/// never sees half of it and a kill leaves the old base. An existing file is only replaced
/// when it is a fact base itself (a safeguard against `-o` pointing at the wrong file).
/// Temporary files left by killed builds of the same output are removed first; none of its
/// own, nor any -wal or -shm file, remains after it.
void write_database(const FactSet& set, const std::filesystem::path& output, Journal journal);

/// Opens an existing fact base for writing, with writers waiting for each other up to 30 s;
/// throws UserError when the file is missing or is not a fact base.
SQLite::Database open_existing(const std::filesystem::path& path);

/// Adds or updates (by id) the records of fact files in an existing database, all or nothing,
/// as import_records does. Returns the problems found; when there are any, the database is
/// left untouched.
std::vector<Problem> import_fact_files(const std::filesystem::path& db,
                                       const std::vector<std::string>& paths);

/// Completes or trims records about to be imported once the base can be asked about them (an
/// import from another format may leave out what points at entities neither holds). It runs
/// once, on the snapshot the records are first checked in.
using ImportPreparation = std::function<void(StoredRecords& base, FactSet& imported)>;

/// Adds or updates (by id) `imported` in an existing database, all or nothing. The records
/// are checked against the base's records they touch, found by indexed queries in a read
/// snapshot, so the base is never read whole and its readers and writers are not held up
/// meanwhile; the write lock is taken only for the final transaction. Another import
/// writing at that moment is waited for up to 30 s, with a line on stderr saying so; if the
/// base changed in between, the records are checked again under the lock. `problems` found
/// while reading come first: when there are any, nothing is written and they are returned
/// with those of validation, each with its file and line. Temporary files left by killed
/// builds of the same base are removed first.
std::vector<Problem> import_records(const std::filesystem::path& db, FactSet imported,
                                    std::vector<Problem> problems,
                                    const ImportPreparation& prepare = {});

/// Writes every record as JSON Lines in a stable order: sources, entities, properties,
/// statements, quotes, each sorted by id.
void export_database(const std::filesystem::path& db, std::ostream& out);

/// Counts for `facts stats`, as printable lines.
std::vector<std::string> database_stats(const std::filesystem::path& db);

}  // namespace presscheck::facts
