#include "factbase/write_failure.hpp"

#include <fmt/format.h>
#include <sqlite3.h>
#include <cerrno>
#include <cstring>

namespace presscheck::facts {
namespace {

// The errors of a write the user can act on; any other errno left over (a file SQLite
// looked for and did not find) says nothing about why the write failed.
bool explains_a_write(int error) {
  return error == ENOSPC || error == EFBIG || error == EDQUOT || error == EIO || error == EROFS;
}

// Why the last write failed in the system's words: SQLite keeps the errno of some failures
// on the connection and of others on the file, and leaves it in errno for the rest.
int system_error(SQLite::Database& db, int left_in_errno) {
  if (const int kept = sqlite3_system_errno(db.getHandle()); explains_a_write(kept))
    return kept;
  int of_file = 0;
  if (sqlite3_file_control(db.getHandle(), "main", SQLITE_FCNTL_LAST_ERRNO, &of_file) ==
          SQLITE_OK &&
      explains_a_write(of_file))
    return of_file;
  return explains_a_write(left_in_errno) ? left_in_errno : 0;
}

}  // namespace

UserError write_failure(SQLite::Database& db, const SQLite::Exception& error,
                        std::string_view shown) {
  const int left_in_errno = errno;
  const int code = error.getErrorCode() & 0xff;
  std::string reason = error.what();
  // SQLite says "disk I/O error" for a write refused past the file size limit, and "database
  // or disk is full" for a full disk: the system's own reason says which.
  if (code == SQLITE_IOERR || code == SQLITE_FULL) {
    const int system = system_error(db, left_in_errno);
    if (system != 0)
      reason = std::strerror(system);
    else if (code == SQLITE_FULL)
      reason = std::strerror(ENOSPC);
  }
  return UserError(fmt::format("{}: cannot write the fact base ({})", shown, reason));
}

}  // namespace presscheck::facts
