#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "factbase/fact_set.hpp"

namespace presscheck::facts {

/// The JSON Lines files behind command-line arguments: a file as given, a folder's `.jsonl`
/// files at any depth, sorted by path. Throws UserError for a path that does not exist or a
/// folder without any `.jsonl` file.
std::vector<std::string> collect_fact_files(const std::vector<std::string>& paths);

/// Reads fact files into records, reporting every syntax and field problem in `problems`.
FactSet load_fact_files(const std::vector<std::string>& files, std::vector<Problem>& problems);

/// Reads one JSON Lines text (`name` is only used in problems).
void load_fact_text(std::string_view text, const std::string& name, FactSet& set,
                    std::vector<Problem>& problems);

/// A hash of the files' contents in order, for naming cached databases.
std::uint64_t hash_fact_files(const std::vector<std::string>& files);

}  // namespace presscheck::facts
