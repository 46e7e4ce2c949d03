#include "core/data_dir.hpp"

#include <fmt/format.h>
#include <cstdlib>

#include "core/error.hpp"

// Where the install puts the data, relative to the program's folder; CMake derives it from
// the install directories, so that a relocated prefix keeps working.
#ifndef PRESSCHECK_INSTALL_DATA_FROM_BIN
#define PRESSCHECK_INSTALL_DATA_FROM_BIN "../share/presscheck"
#endif

namespace presscheck {
namespace {

namespace fs = std::filesystem;

// The build tree has no share/ folder: CMake makes this link to the checkout beside the
// program instead, so that no path of the checkout is compiled into the program.
constexpr std::string_view kBuildTreeFolder = "presscheck-data";
// Test programs live in subfolders of the build tree (tests/, tests/bench/).
constexpr int kFoldersAbove = 2;

constexpr std::string_view kHomeRole = "$PRESSCHECK_HOME";
constexpr std::string_view kInstalledRole = "the installed data beside the program";

bool holds_data(const fs::path& folder) {
  std::error_code error;
  return fs::is_directory(folder / "rules", error) && fs::is_directory(folder / "facts", error);
}

// The folder as users will see it in messages: links resolved where possible.
fs::path resolved(const fs::path& folder) {
  std::error_code error;
  fs::path real = fs::canonical(folder, error);
  return error ? folder.lexically_normal() : real;
}

// The places in the order they were looked at; an unset $PRESSCHECK_HOME is named in its
// turn, since setting it is the usual way out.
std::string not_found_message(const std::vector<DataDirCandidate>& candidates, bool home_set) {
  std::string message =
      "no rule packs and starter facts found (a folder holding rules/ and facts/); looked in:";
  bool home_named = home_set;
  for (const DataDirCandidate& candidate : candidates) {
    if (!home_named && candidate.role != kInstalledRole) {
      message += fmt::format("\n  {} (not set)", kHomeRole);
      home_named = true;
    }
    message += fmt::format("\n  {} ({})", candidate.folder.string(), candidate.role);
  }
  if (!home_named)
    message += fmt::format("\n  {} (not set)", kHomeRole);
  message +=
      "\nset PRESSCHECK_HOME to the folder that holds them, or install presscheck with "
      "`cmake --install`";
  return message;
}

}  // namespace

std::vector<DataDirCandidate> data_dir_candidates(const DataDirSearch& search) {
  std::vector<DataDirCandidate> candidates;
  const fs::path program_folder = search.executable.parent_path();
  if (!search.executable.empty()) {
    candidates.push_back({(program_folder / PRESSCHECK_INSTALL_DATA_FROM_BIN).lexically_normal(),
                          std::string(kInstalledRole)});
  }
  if (!search.home.empty())
    candidates.push_back({fs::path(search.home), std::string(kHomeRole)});
  if (!search.executable.empty()) {
    fs::path folder = program_folder;
    for (int level = 0; level <= kFoldersAbove; ++level) {
      candidates.push_back({(folder / kBuildTreeFolder).lexically_normal(), "the build tree"});
      if (folder == folder.parent_path())
        break;
      folder = folder.parent_path();
    }
  }
  return candidates;
}

fs::path find_data_dir(const DataDirSearch& search) {
  const std::vector<DataDirCandidate> candidates = data_dir_candidates(search);
  for (const DataDirCandidate& candidate : candidates) {
    if (holds_data(candidate.folder))
      return resolved(candidate.folder);
    // A folder the user named on purpose must not be passed over in silence.
    if (candidate.role == kHomeRole) {
      throw UserError(fmt::format("PRESSCHECK_HOME={}: this folder holds no rules/ and facts/",
                                  candidate.folder.string()));
    }
  }
  throw UserError(not_found_message(candidates, !search.home.empty()));
}

fs::path data_dir() {
  static const fs::path found = [] {
    DataDirSearch search;
    std::error_code error;
    search.executable = fs::read_symlink("/proc/self/exe", error);
    if (const char* home = std::getenv("PRESSCHECK_HOME"); home != nullptr)
      search.home = home;
    return find_data_dir(search);
  }();
  return found;
}

}  // namespace presscheck
