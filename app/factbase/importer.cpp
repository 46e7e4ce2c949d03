// `facts import` and the imports from other formats: new records are checked against the
// part of the base they touch, read in a snapshot, and written in one short transaction.

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <cstdio>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/terminal_safe.hpp"
#include "factbase/claim_store.hpp"
#include "factbase/import_context.hpp"
#include "factbase/lint_index_store.hpp"
#include "factbase/loader.hpp"
#include "factbase/operations.hpp"
#include "factbase/schema.hpp"
#include "factbase/search_rows.hpp"
#include "factbase/store_writer.hpp"
#include "factbase/validator.hpp"
#include "factbase/write_failure.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;

// A write lock held longer than this by another process is worth a line on stderr: the
// import is waiting, not stuck.
constexpr int kQuietWaitMs = 200;
// How long an import waits for another one to finish writing before giving up.
constexpr int kWriteWaitSeconds = 30;

bool is_busy(const SQLite::Exception& error) {
  return (error.getErrorCode() & 0xff) == SQLITE_BUSY;
}

// Takes the write lock for the final transaction. Another writer holding it gets up to
// kWriteWaitSeconds to finish, and the user is told why nothing seems to happen meanwhile.
void begin_write(SQLite::Database& db, const fs::path& path) {
  db.setBusyTimeout(kQuietWaitMs);
  try {
    db.exec("BEGIN IMMEDIATE");
    return;
  } catch (const SQLite::Exception& error) {
    if (!is_busy(error))
      throw;
  }
  std::fflush(stdout);
  fmt::print(stderr,
             "presscheck: {}: another process is writing to this fact base; waiting up to {} s "
             "for it to finish\n",
             terminal_safe(path.string()), kWriteWaitSeconds);
  db.setBusyTimeout(kWriteWaitSeconds * 1000);
  try {
    db.exec("BEGIN IMMEDIATE");
  } catch (const SQLite::Exception& error) {
    if (!is_busy(error))
      throw;
    throw UserError(fmt::format(
        "{}: another process was still writing to this fact base after {} s; nothing was "
        "imported (run the import again once it is done)",
        path.string(), kWriteWaitSeconds));
  }
}

// Ends the write transaction unless it was committed.
class WriteTransaction {
 public:
  WriteTransaction(SQLite::Database& db, const fs::path& path) : db_(db) { begin_write(db, path); }
  ~WriteTransaction() {
    if (!committed_)
      db_.tryExec("ROLLBACK");
  }
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  void commit() {
    db_.exec("COMMIT");
    committed_ = true;
  }

 private:
  SQLite::Database& db_;
  bool committed_ = false;
};

// Changes whenever another connection commits to the base.
int data_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA data_version").getInt();
}

// A base of an older schema is migrated under the write lock; a newer one is refused at once.
void refuse_newer_schema(SQLite::Database& db, const std::string& name) {
  if (read_schema_version(db) > kSchemaVersion)
    require_current_schema(db, name);
}

// Checks `check.records`; true when there is nothing to report.
bool valid(const ImportCheck& check, std::vector<Problem>& problems) {
  validate_references(check.records, problems);
  sort_problems(problems);
  return problems.empty();
}

}  // namespace

std::vector<Problem> import_fact_files(const fs::path& path,
                                       const std::vector<std::string>& paths) {
  std::vector<Problem> problems;
  FactSet imported = load_fact_files(collect_fact_files(paths), problems);
  return import_records(path, std::move(imported), std::move(problems));
}

std::vector<Problem> import_records(const fs::path& path, FactSet imported,
                                    std::vector<Problem> problems,
                                    const ImportPreparation& prepare) {
  remove_stale_temporaries(write_target(path));
  SQLite::Database db = open_existing(path);
  db.exec("PRAGMA journal_mode = WAL");  // readers then never wait for the import
  const std::string name = path.string();
  // Read before the snapshot starts: a commit in between is then seen as a change.
  const int version = data_version(db);
  ImportCheck check;
  {
    SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
    refuse_newer_schema(db, name);
    StoredRecords stored(db);
    if (prepare)
      prepare(stored, imported);
    check = gather_import_check(stored, std::move(imported), name);
  }  // rolled back: nothing was written, and the snapshot is let go
  if (!valid(check, problems))
    return problems;
  WriteTransaction transaction(db, path);
  if (data_version(db) != version) {
    // Another import landed since the snapshot: check again against what it wrote.
    StoredRecords stored(db);
    check = gather_import_check(stored, imported_part(std::move(check.records)), name);
    if (!valid(check, problems))
      return problems;
  }
  migrate(db);
  require_current_schema(db, name);
  const FactSet written = imported_part(std::move(check.records));
  try {
    if (check.replaces_searchable)
      forget_search_rows(db, written);
    StoreWriter writer(db);
    put_all(writer, written);
    add_search_rows(db, written);
    put_claim_reviews(db, written.claims);
    // Names change only with entities; a base migrated from schema 2 gets its first blob.
    if (!written.entities.empty() || !has_lint_index(db))
      write_lint_index(db);
    transaction.commit();
  } catch (const SQLite::Exception& error) {
    throw write_failure(db, error, name);
  }
  return {};
}

}  // namespace presscheck::facts
