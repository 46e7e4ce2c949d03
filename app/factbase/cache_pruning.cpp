#include "factbase/cache_pruning.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <algorithm>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;

struct CachedBase {
  fs::path path;
  std::chrono::system_clock::time_point last_used;
};

bool is_compiled_base(const std::string& name) {
  return name.starts_with("facts-") && name.ends_with(".db");
}

std::chrono::system_clock::time_point access_time(const struct stat& info) {
  return std::chrono::system_clock::time_point(
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::seconds(info.st_atim.tv_sec) +
          std::chrono::nanoseconds(info.st_atim.tv_nsec)));
}

std::vector<CachedBase> compiled_bases(const fs::path& cache) {
  std::vector<CachedBase> bases;
  std::error_code error;
  for (fs::directory_iterator it(cache, error), end; !error && it != end; it.increment(error)) {
    struct stat info {};
    if (!is_compiled_base(it->path().filename().string()) ||
        ::lstat(it->path().c_str(), &info) != 0 || !S_ISREG(info.st_mode))
      continue;
    bases.push_back({it->path(), access_time(info)});
  }
  return bases;
}

// The base a stat note names, on the note's first line.
std::string noted_base(const fs::path& note) {
  std::ifstream in(note, std::ios::binary);
  std::string name;
  std::getline(in, name);
  return name;
}

void remove_orphan_notes(const fs::path& cache) {
  std::error_code error;
  for (fs::directory_iterator it(cache, error), end; !error && it != end; it.increment(error)) {
    if (!it->path().filename().string().starts_with("stat-"))
      continue;
    const std::string name = noted_base(it->path());
    std::error_code ignored;
    if (name.empty() || !fs::is_regular_file(cache / name, ignored))
      fs::remove(it->path(), ignored);
  }
}

}  // namespace

void mark_cached_base_used(const fs::path& database) {
  const struct timespec times[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
  ::utimensat(AT_FDCWD, database.c_str(), times, 0);
}

void prune_fact_cache(const fs::path& cache, const fs::path& keep, const CacheLimits& limits) {
  std::vector<CachedBase> bases = compiled_bases(cache);
  std::sort(bases.begin(), bases.end(),
            [](const CachedBase& a, const CachedBase& b) { return a.last_used > b.last_used; });
  const auto recent = std::chrono::system_clock::now() - limits.recent_use;
  std::error_code error;
  for (std::size_t i = std::min(limits.kept_bases, bases.size()); i < bases.size(); ++i) {
    if (bases[i].last_used >= recent || fs::equivalent(bases[i].path, keep, error))
      continue;
    fs::remove(bases[i].path, error);
  }
  remove_orphan_notes(cache);
}

}  // namespace presscheck::facts
