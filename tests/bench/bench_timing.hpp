#pragma once

#include <chrono>
#include <vector>

namespace presscheck::bench {

using Clock = std::chrono::steady_clock;

/// Wall-clock seconds since `start`.
double seconds_since(Clock::time_point start);

/// The value below which `fraction` of `values` lie (0.5 the median, 0.99 the p99).
double percentile(std::vector<double> values, double fraction);

}  // namespace presscheck::bench
