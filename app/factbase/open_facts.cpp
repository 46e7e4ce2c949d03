#include "factbase/open_facts.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <cstdlib>
#include <fstream>

#include "core/error.hpp"
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

}  // namespace

fs::path default_facts_path() {
  return fs::path(PRESSCHECK_DATA_DIR) / "facts";
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
  const fs::path cached = facts_cache_dir() / fmt::format("facts-v{}-{:016x}.db", kSchemaVersion,
                                                          hash_fact_files(files));
  if (fs::is_regular_file(cached, error))
    return cached;
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
  return cached;
}

FactBase open_facts(const std::string& path) {
  return FactBase(resolve_facts(path));
}

}  // namespace presscheck::facts
