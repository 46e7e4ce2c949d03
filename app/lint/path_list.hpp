#pragma once

#include <istream>
#include <string>
#include <vector>

namespace presscheck {

/// Where `lint --files-from` finds its list, and how the list separates its paths.
struct PathListSource {
  std::string list;  // a file, or "-" for standard input; empty when there is no list
  bool nul = false;  // NUL-separated (`find -print0`), else one path a line
};

/// The paths of a list: one a line (a trailing carriage return dropped, blank lines
/// skipped), or NUL-separated when `nul` (empty entries skipped, nothing else touched, so
/// that any name a file system allows, line breaks included, passes). Read in bounded
/// chunks: an entry longer than a path can be, a NUL in a list of lines, or a listed "-"
/// (a list names files; ./- names one called "-") is a UserError naming `origin` and the
/// line (the entry's number with `nul`); so is a stream that breaks.
std::vector<std::string> read_path_list(std::istream& in, const std::string& origin, bool nul);

/// The paths `lint` checks: those of the command line, then the list's in its order.
/// Standard input is the list or a draft, never both. A list that cannot be read, or no
/// paths and no list at all, is a UserError.
std::vector<std::string> paths_with_list(const std::vector<std::string>& args,
                                         const PathListSource& source);

}  // namespace presscheck
