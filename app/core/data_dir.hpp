#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace presscheck {

/// What the search for the bundled data starts from: the running program and the
/// environment. Kept apart from the process so that tests can describe any layout.
struct DataDirSearch {
  std::filesystem::path executable;  // the program's own path; empty when unknown
  std::string home;                  // $PRESSCHECK_HOME; empty when unset
};

/// One place the bundled data may be, and why it is looked at.
struct DataDirCandidate {
  std::filesystem::path folder;
  std::string role;  // shown in the error when nothing is found
};

/// The places looked at, in order: the install layout next to the program
/// (`<bin>/../share/presscheck`), then $PRESSCHECK_HOME, then the build tree's
/// `presscheck-data` folder beside the program or up to two folders above it.
std::vector<DataDirCandidate> data_dir_candidates(const DataDirSearch& search);

/// The first candidate that holds both `rules/` and `facts/`. Throws UserError naming every
/// place looked at when none does, or when $PRESSCHECK_HOME is reached and lacks them.
std::filesystem::path find_data_dir(const DataDirSearch& search);

/// The data folder of this process, found once from /proc/self/exe and $PRESSCHECK_HOME.
std::filesystem::path data_dir();

}  // namespace presscheck
