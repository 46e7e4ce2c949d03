#include "factbase/operations.hpp"

#include <SQLiteCpp/Backup.h>
#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <set>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "factbase/claim_record.hpp"
#include "factbase/claim_store.hpp"
#include "factbase/lint_index_store.hpp"
#include "factbase/loader.hpp"
#include "factbase/read_connection.hpp"
#include "factbase/record_json.hpp"
#include "factbase/schema.hpp"
#include "factbase/store_reader.hpp"
#include "factbase/store_writer.hpp"
#include "factbase/validator.hpp"
#include "factbase/write_failure.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;

// A writer waits this long for another one to finish (see kWriteWait in importer.cpp).
constexpr int kBusyTimeoutMs = 30000;

}  // namespace

SQLite::Database open_existing(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    throw UserError(fmt::format("{}: no such fact base (create it with `presscheck facts build`)",
                                path.string()));
  }
  try {
    SQLite::Database db(path, SQLite::OPEN_READWRITE, kBusyTimeoutMs);
    if (read_schema_version(db) == 0) {
      throw UserError(fmt::format("{}: not a presscheck fact base", path.string()));
    }
    return db;
  } catch (const SQLite::Exception&) {
    throw UserError(fmt::format("{}: not a presscheck fact base", path.string()));
  }
}

namespace {

// Opens a fact base to read it, leaving no file behind (see open_for_reading).
SQLite::Database open_read_only(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    throw UserError(fmt::format("{}: no such fact base", path.string()));
  }
  try {
    SQLite::Database db = open_for_reading(path, kBusyTimeoutMs);
    require_current_schema(db, path.string());
    return db;
  } catch (const SQLite::Exception&) {
    throw UserError(fmt::format("{}: not a presscheck fact base", path.string()));
  }
}

// Removes a database file and the journal files SQLite may have left beside it.
void remove_database_files(const fs::path& file) {
  std::error_code error;
  for (const char* companion : {"", "-wal", "-shm", "-journal"})
    fs::remove(file.string() + companion, error);
}

// Writes every record into a new database file. A temporary file that a crash would leave
// half-written is simply thrown away, so the build needs neither a journal nor syncs until
// it is complete; it stays in rollback mode, so that opening it again creates no -wal or
// -shm file.
void fill_database(const FactSet& set, const fs::path& file, const fs::path& shown) {
  SQLite::Database db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  try {
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536");
    db.exec("BEGIN");
    migrate(db);
    StoreWriter writer(db);
    put_all(writer, set);
    writer.rebuild_search();
    put_claim_reviews(db, set.claims);
    write_lint_index(db);
    db.exec("COMMIT");
  } catch (const SQLite::Exception& error) {
    throw write_failure(db, error, shown.string());
  }
}

// A new base: the complete file, on disk, takes the target's name at once.
void move_into_place(const fs::path& temporary, const fs::path& target, Journal journal,
                     const fs::path& shown) {
  {
    SQLite::Database db(temporary, SQLite::OPEN_READWRITE);
    try {
      db.exec(journal == Journal::wal ? "PRAGMA journal_mode = WAL"
                                      : "PRAGMA journal_mode = DELETE");
    } catch (const SQLite::Exception& error) {
      throw write_failure(db, error, shown.string());
    }
  }  // closing the only connection checkpoints the WAL and removes its -wal and -shm files
  sync_file(temporary, shown.string());
  fs::rename(temporary, target);
}

// An existing base is not renamed over: readers that have it open would pair the new file
// with their WAL. Copying into it in one write transaction keeps those readers on their
// snapshot, and a kill half-way leaves the old content, as the transaction never commits.
void copy_into(const fs::path& temporary, const fs::path& target, Journal journal,
               const fs::path& shown) {
  SQLite::Database source(temporary, SQLite::OPEN_READONLY);
  SQLite::Database db = open_existing(target);
  try {
    {
      SQLite::Backup backup(db, source);
      backup.executeStep(-1);
    }
    // A base in WAL mode stays in it through the copy; one in rollback mode gets it here.
    if (journal == Journal::wal)
      db.exec("PRAGMA journal_mode = WAL");
  } catch (const SQLite::Exception& error) {
    throw write_failure(db, error, shown.string());
  }
}  // the last connection closing checkpoints the WAL and removes -wal and -shm

std::string count_line(SQLite::Database& db, std::string_view label, std::string_view table) {
  const int count = db.execAndGet(fmt::format("SELECT count(*) FROM {}", table)).getInt();
  return fmt::format("{}: {}", label, count);
}

std::string breakdown(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement query(db, sql);
  std::string text;
  while (query.executeStep()) {
    if (!text.empty())
      text += ", ";
    text += fmt::format("{} {}", query.getColumn(0).getString(), query.getColumn(1).getInt());
  }
  return text.empty() ? "" : fmt::format(" ({})", text);
}

// Statements counted by the publisher of their sources, most first: how much of a base
// rests on Wikidata, on a ministry, on one article. A source that names no publisher counts
// under its own id; a statement citing two sources of one publisher counts once for it.
std::string statements_by_publisher(SQLite::Database& db) {
  std::map<std::string, std::string> publisher_of;
  SQLite::Statement sources(db, "SELECT id, publisher FROM source");
  while (sources.executeStep()) {
    const std::string publisher = sources.getColumn(1).getString();
    publisher_of[sources.getColumn(0).getString()] =
        publisher.empty() ? sources.getColumn(0).getString() : publisher;
  }
  std::map<std::string, int> counts;
  SQLite::Statement statements(db, "SELECT sources FROM statement");
  while (statements.executeStep()) {
    std::set<std::string> publishers;
    for (const std::string& id : split_ids(statements.getColumn(0).getString())) {
      const auto found = publisher_of.find(id);
      publishers.insert(found == publisher_of.end() ? id : found->second);
    }
    for (const std::string& publisher : publishers)
      ++counts[publisher];
  }
  std::vector<std::pair<std::string, int>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string text = "statements by source publisher:";
  for (std::size_t i = 0; i < sorted.size(); ++i)
    text += fmt::format("{} {} {}", i == 0 ? "" : ",", sorted[i].first, sorted[i].second);
  return sorted.empty() ? text + " none" : text;
}

// The rows of `sql` (a name, a count) as " a 3, b 1", or " none".
std::string by_count(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement query(db, sql);
  std::string text;
  while (query.executeStep()) {
    text += fmt::format("{} {} {}", text.empty() ? "" : ",", query.getColumn(0).getString(),
                        query.getColumn(1).getInt());
  }
  return text.empty() ? " none" : text;
}

}  // namespace

CheckedFacts check_fact_files(const std::vector<std::string>& paths) {
  CheckedFacts checked;
  checked.set = load_fact_files(collect_fact_files(paths), checked.problems);
  validate_references(checked.set, checked.problems);
  sort_problems(checked.problems);
  return checked;
}

void write_database(const FactSet& set, const fs::path& output, Journal journal) {
  const fs::path target = write_target(output);
  remove_stale_temporaries(target);
  const fs::path temporary = temporary_for(target);
  remove_database_files(temporary);
  try {
    fill_database(set, temporary, output);
    std::error_code error;
    if (fs::exists(target, error)) {
      copy_into(temporary, target, journal, output);
    } else {
      move_into_place(temporary, target, journal, output);
    }
  } catch (...) {
    remove_database_files(temporary);
    throw;
  }
  remove_database_files(temporary);
}

void export_database(const fs::path& path, std::ostream& out) {
  SQLite::Database db = open_read_only(path);
  const FactSet set = read_all(db, path.string());
  for (const auto& located : set.sources)
    out << to_json(located.record) << '\n';
  for (const auto& located : set.entities)
    out << to_json(located.record) << '\n';
  for (const auto& located : set.properties)
    out << to_json(located.record) << '\n';
  for (const auto& located : set.statements)
    out << to_json(located.record) << '\n';
  for (const auto& located : set.quotes)
    out << to_json(located.record) << '\n';
  for (const auto& located : set.claims)
    out << to_json(located.record) << '\n';
}

std::vector<std::string> database_stats(const fs::path& path) {
  SQLite::Database db = open_read_only(path);
  return {
      fmt::format("schema version: {}", read_schema_version(db)),
      count_line(db, "sources", "source"),
      count_line(db, "entities", "entity") +
          breakdown(db, "SELECT kind, count(*) FROM entity GROUP BY kind ORDER BY kind"),
      count_line(db, "names", "entity_name WHERE is_alias = 0") +
          breakdown(db,
                    "SELECT lang, count(*) FROM entity_name WHERE is_alias = 0 "
                    "GROUP BY lang ORDER BY lang"),
      count_line(db, "aliases", "entity_name WHERE is_alias = 1") +
          breakdown(db,
                    "SELECT lang, count(*) FROM entity_name WHERE is_alias = 1 "
                    "GROUP BY lang ORDER BY lang"),
      count_line(db, "properties", "property"),
      count_line(db, "statements", "statement") +
          breakdown(db,
                    "SELECT CASE rank WHEN 0 THEN 'preferred' WHEN 1 THEN 'normal' "
                    "ELSE 'deprecated' END, count(*) FROM statement GROUP BY rank "
                    "ORDER BY rank"),
      "statements by property:" +
          by_count(db,
                   "SELECT property, count(*) FROM statement GROUP BY property "
                   "ORDER BY count(*) DESC, property"),
      statements_by_publisher(db),
      count_line(db, "quotes", "quote"),
      count_line(db, "claim reviews", "claim_review") +
          breakdown(db,
                    "SELECT verdict, count(*) FROM claim_review GROUP BY verdict "
                    "ORDER BY verdict"),
  };
}

}  // namespace presscheck::facts
