#pragma once

#include <SQLiteCpp/Database.h>
#include <filesystem>

namespace presscheck::facts {

/// Opens a fact base database only to read it, leaving no file behind beside it and working
/// in a folder the user may not write. A read-only SQLite connection to a base in WAL mode
/// creates `-wal` and `-shm` files that it may not remove when it closes, so:
/// - a base the user may write, in a folder they may write, is opened read-write with every
///   change refused (`PRAGMA query_only`): the last connection to close removes those files;
/// - otherwise, when no `-wal` file exists, no writer can be at work (it would need one in
///   that folder), so the base is read as immutable: no lock, no file created;
/// - otherwise a writer is or was at work, and the base is read through its WAL read-only.
/// Throws SQLite::Exception when the file cannot be opened.
SQLite::Database open_for_reading(const std::filesystem::path& path, int busy_timeout_ms);

}  // namespace presscheck::facts
