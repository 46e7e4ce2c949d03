#include "factbase/read_connection.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <string>

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;

bool may_write(const fs::path& path) {
  return ::access(path.c_str(), W_OK) == 0;
}

// "file:" and the absolute path with every byte that could end or change it (`?`, `#`, `%`,
// spaces, anything not ASCII) percent-encoded.
std::string file_uri(const fs::path& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  std::string uri = "file:";
  for (const char c : (error ? path : absolute).string()) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                       (byte >= '0' && byte <= '9') || byte == '/' || byte == '.' || byte == '_' ||
                       byte == '-' || byte == '~';
    uri += plain ? std::string(1, c) : fmt::format("%{:02X}", byte);
  }
  return uri;
}

// Reads the file through a memory map rather than a read and a page-cache buffer per 4 KB
// page: lint's start-up reads its name indexes, a blob of megabytes spread over hundreds of
// overflow pages, and with `pread` that was a quarter of a run on one draft. Writers replace
// a base by renaming a new file over it or append through the WAL, so a mapped file is
// never cut short under a reader.
constexpr const char* kMapWholeBase = "PRAGMA mmap_size = 1073741824";

SQLite::Database mapped(SQLite::Database db) {
  db.exec(kMapWholeBase);
  return db;
}

}  // namespace

SQLite::Database open_for_reading(const fs::path& path, int busy_timeout_ms) {
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (may_write(path) && may_write(folder)) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE, busy_timeout_ms);
    db.exec("PRAGMA query_only = ON");
    return mapped(std::move(db));
  }
  std::error_code error;
  if (!fs::exists(path.string() + "-wal", error)) {
    return mapped(SQLite::Database(file_uri(path) + "?immutable=1",
                                   SQLite::OPEN_READONLY | SQLite::OPEN_URI, busy_timeout_ms));
  }
  return mapped(SQLite::Database(path, SQLite::OPEN_READONLY, busy_timeout_ms));
}

}  // namespace presscheck::facts
