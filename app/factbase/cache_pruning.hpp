#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>

namespace presscheck::facts {

/// How many compiled fact bases the cache keeps. Each edit of a JSON Lines base compiles a
/// new one, so without a bound a curator's cache would grow by a whole base per edit.
struct CacheLimits {
  /// The most recently used bases are always kept, however old.
  std::size_t kept_bases = 8;
  /// A base used this recently is kept whatever the count: another run may be about to open
  /// the path it has just been given, and a server re-resolves its base at every request.
  std::chrono::seconds recent_use = std::chrono::hours(1);
};

/// Records that a compiled base of the cache was just used, by setting its access time to
/// now; its modification time, which servers watch to notice a rebuilt base, stays as it is.
/// Failure is ignored: it only makes the base look older to pruning.
void mark_cached_base_used(const std::filesystem::path& database);

/// Removes the compiled bases (`facts-*.db`) of the cache folder that are neither among
/// the `kept_bases` most recently used nor used within `recent_use`, then the stat notes
/// that name a base no longer there. `keep` is never removed. Errors are ignored: this is
/// housekeeping, and a base removed by mistake is only compiled again.
void prune_fact_cache(const std::filesystem::path& cache, const std::filesystem::path& keep,
                      const CacheLimits& limits = {});

}  // namespace presscheck::facts
