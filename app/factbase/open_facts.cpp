#include "factbase/open_facts.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <utf8proc.h>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>

#include "core/atomic_file.hpp"
#include "core/data_dir.hpp"
#include "core/error.hpp"
#include "factbase/cache_pruning.hpp"
#include "factbase/loader.hpp"
#include "factbase/operations.hpp"
#include "factbase/schema.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;

// Problems listed in the error when --facts files are invalid; `facts validate` lists all.
constexpr std::size_t kProblemsShown = 20;

bool is_sqlite_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  char header[16] = {};
  in.read(header, sizeof header);
  return in.gcount() == sizeof header &&
         std::string_view(header, sizeof header) == std::string_view("SQLite format 3\0", 16);
}

bool usable_folder(const fs::path& folder) {
  std::error_code error;
  fs::create_directories(folder, error);
  return fs::is_directory(folder, error) && ::access(folder.c_str(), W_OK) == 0;
}

// Files changed this recently may change again within the file system's clock tick without
// their size or time changing, so a stat-based key is only trusted for older files.
constexpr auto kSettledFor = std::chrono::seconds(2);

// A key from the files' paths, sizes and modification times: reading a large base to hash
// it costs more than the rest of start-up. Empty when a file cannot be stat'ed or is too new.
std::string stat_key(const std::vector<std::string>& files) {
  std::string key;
  const auto settled = fs::file_time_type::clock::now() - kSettledFor;
  for (const std::string& file : files) {
    std::error_code error;
    const fs::path absolute = fs::absolute(file, error);
    const auto size = fs::file_size(file, error);
    if (error)
      return {};
    const auto time = fs::last_write_time(file, error);
    if (error || time > settled)
      return {};
    key += fmt::format("{}\n{}\n{}\n", absolute.string(), size, time.time_since_epoch().count());
  }
  return key;
}

// What a compiled base depends on besides its files: the schema, how names are folded into
// their keys, and the Unicode tables doing it. A binary that differs in any of them never
// reuses another's cache, where it would look names up with keys it does not compute.
std::string cache_tag() {
  return fmt::format("v{}-f{}-u{}", kSchemaVersion, kNameKeyFold, utf8proc_version());
}

// The stat-key note's path: it holds the name of the database compiled from those files.
fs::path stat_note(const fs::path& cache, const std::string& key) {
  return cache / fmt::format("stat-{}-{:016x}", cache_tag(), std::hash<std::string>{}(key));
}

std::string read_note(const fs::path& note, const std::string& key) {
  std::ifstream in(note, std::ios::binary);
  std::string stored_key;
  std::string name;
  // The note repeats the whole key, so a hash collision cannot name the wrong database.
  if (!std::getline(in, name) || !std::getline(in, stored_key, '\0') || stored_key != key)
    return {};
  return name;
}

void write_note(const fs::path& note, const std::string& key, const std::string& name) {
  try {
    write_file_atomically(note, [&](std::ostream& out) { out << name << '\n' << key; });
  } catch (const UserError&) {
    // Only a missed shortcut: the next run hashes the contents again.
  }
}

}  // namespace

fs::path default_facts_path() {
  return data_dir() / "facts";
}

fs::path facts_cache_dir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg == '/' && usable_folder(fs::path(xdg) / "presscheck")) {
    return fs::path(xdg) / "presscheck";
  }
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home == '/' && usable_folder(fs::path(home) / ".cache" / "presscheck")) {
    return fs::path(home) / ".cache" / "presscheck";
  }
  const fs::path fallback = fs::temp_directory_path() / fmt::format("presscheck-{}", ::getuid());
  if (!usable_folder(fallback)) {
    throw UserError(
        fmt::format("no folder to cache the fact base in (tried {})", fallback.string()));
  }
  return fallback;
}

fs::path resolve_facts(const std::string& path) {
  const fs::path given = path.empty() ? default_facts_path() : fs::path(path);
  std::error_code error;
  if (fs::is_regular_file(given, error) && is_sqlite_file(given))
    return given;
  const std::vector<std::string> files = collect_fact_files({given.string()});
  const fs::path cache = facts_cache_dir();
  const std::string key = stat_key(files);
  if (!key.empty()) {
    const std::string name = read_note(stat_note(cache, key), key);
    if (!name.empty() && fs::is_regular_file(cache / name, error)) {
      mark_cached_base_used(cache / name);
      return cache / name;
    }
  }
  const std::string name = fmt::format("facts-{}-{:016x}.db", cache_tag(), hash_fact_files(files));
  const fs::path cached = cache / name;
  if (fs::is_regular_file(cached, error)) {
    mark_cached_base_used(cached);
    if (!key.empty())
      write_note(stat_note(cache, key), key, name);
    return cached;
  }
  CheckedFacts checked = check_fact_files(files);
  if (!checked.problems.empty()) {
    std::string message =
        fmt::format("{}: {} problem{} in the fact files", given.string(), checked.problems.size(),
                    checked.problems.size() == 1 ? "" : "s");
    for (std::size_t i = 0; i < checked.problems.size() && i < kProblemsShown; ++i) {
      message += "\n  " + format_problem(checked.problems[i]);
    }
    if (checked.problems.size() > kProblemsShown) {
      message +=
          fmt::format("\n  … run `presscheck facts validate {}` for the full list", given.string());
    }
    throw UserError(message);
  }
  write_database(checked.set, cached, Journal::rollback);
  if (!key.empty())
    write_note(stat_note(cache, key), key, name);
  // Only after a compile, the one time the cache grows.
  prune_fact_cache(cache, cached);
  return cached;
}

FactBase open_facts(const std::string& path) {
  return FactBase(resolve_facts(path));
}

}  // namespace presscheck::facts
