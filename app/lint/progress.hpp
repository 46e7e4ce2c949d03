#pragma once

#include <chrono>
#include <cstddef>

namespace presscheck {

/// A one-line progress bar with count and rate on stderr, for long runs at a terminal.
/// It draws only when stderr is a terminal, the run has more than kMinFiles files and the
/// CI variable is unset, so logs and pipes never get carriage returns.
class Progress {
 public:
  static constexpr std::size_t kMinFiles = 100;

  explicit Progress(std::size_t total);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// Counts one more file done; redraws at most ten times a second.
  void advance();

 private:
  void draw();

  bool enabled_ = false;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace presscheck
