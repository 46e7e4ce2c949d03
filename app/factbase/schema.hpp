#pragma once

#include <SQLiteCpp/Database.h>
#include <string>

namespace presscheck::facts {

/// The version of the database layout this build writes and reads.
inline constexpr int kSchemaVersion = 3;

/// The schema version of an open database: 0 when it holds no fact base.
int read_schema_version(SQLite::Database& db);

/// Brings a database (empty, or an older fact base) to kSchemaVersion, one migration step at a
/// time; runs inside the caller's transaction so that a failed step changes nothing.
void migrate(SQLite::Database& db);

/// Throws UserError unless the database at `path` is a fact base this build can read.
void require_current_schema(SQLite::Database& db, const std::string& path);

}  // namespace presscheck::facts
