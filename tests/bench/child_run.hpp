#pragma once

#include <string>
#include <vector>

namespace presscheck::bench {

/// How one run of a program went, as its parent saw it.
struct ChildRun {
  double seconds = 0;    // wall clock, from fork to reaped
  long peak_rss_kb = 0;  // the child's own maximum resident set (getrusage of the child)
  int exit_code = -1;    // -1 when it died of a signal
};

/// Runs `argv` with its standard output and error sent to /dev/null, and waits for it.
ChildRun run_child(const std::vector<std::string>& argv);

}  // namespace presscheck::bench
