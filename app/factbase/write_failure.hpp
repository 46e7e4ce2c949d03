#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <string_view>

#include "core/error.hpp"

namespace presscheck::facts {

/// The error for a write to `db` that failed, naming the file the user gave (`shown`) and
/// why, in the system's words when a system call failed ("No space left on device", "File
/// too large" past a file size limit), else in SQLite's.
UserError write_failure(SQLite::Database& db, const SQLite::Exception& error,
                        std::string_view shown);

}  // namespace presscheck::facts
