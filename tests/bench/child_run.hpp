#pragma once

#include <optional>
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
/// The run goes through a fresh copy of the calling program (see launcher_main), so that
/// the child's peak RSS does not include the caller's memory.
ChildRun run_child(const std::vector<std::string>& argv);

/// When the program was started by run_child as a launcher, runs the child, writes its
/// figures for run_child and returns the exit code to end with; otherwise nothing. Every
/// program that calls run_child calls this first thing in main.
std::optional<int> launcher_main(int argc, char** argv);

}  // namespace presscheck::bench
