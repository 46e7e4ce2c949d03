#pragma once

#include <filesystem>
#include <string>

#include "factbase/fact_base.hpp"

namespace presscheck::facts {

/// The starter fact base bundled with the program (its JSON Lines folder): facts/ of data_dir().
std::filesystem::path default_facts_path();

/// Where compiled fact bases are cached: $XDG_CACHE_HOME/presscheck, else
/// ~/.cache/presscheck, else a folder in the system's temporary directory.
std::filesystem::path facts_cache_dir();

/// The database `--facts PATH` stands for. A SQLite file is used as is; JSON Lines files or
/// folders are validated and compiled once into the cache, named by a hash of their content,
/// so later runs open the cached file directly; a compile prunes the cache of bases long
/// unused (cache_pruning.hpp). An empty `path` means the starter base.
/// Throws UserError when the files have problems (listing them) or the path is unusable.
std::filesystem::path resolve_facts(const std::string& path);

/// Opens the fact base `--facts PATH` stands for, read-only.
FactBase open_facts(const std::string& path);

}  // namespace presscheck::facts
