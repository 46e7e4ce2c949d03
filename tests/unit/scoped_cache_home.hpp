#pragma once

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace presscheck::testing_support {

/// Points XDG_CACHE_HOME at `folder` for its lifetime, so that compiled fact bases go to a
/// test's own cache, then puts back what was there.
class ScopedCacheHome {
 public:
  explicit ScopedCacheHome(const std::filesystem::path& folder) {
    if (const char* old = std::getenv("XDG_CACHE_HOME"))
      saved_ = old;
    ::setenv("XDG_CACHE_HOME", folder.c_str(), 1);
  }
  ~ScopedCacheHome() {
    if (saved_) {
      ::setenv("XDG_CACHE_HOME", saved_->c_str(), 1);
    } else {
      ::unsetenv("XDG_CACHE_HOME");
    }
  }
  ScopedCacheHome(const ScopedCacheHome&) = delete;
  ScopedCacheHome& operator=(const ScopedCacheHome&) = delete;

 private:
  std::optional<std::string> saved_;
};

}  // namespace presscheck::testing_support
