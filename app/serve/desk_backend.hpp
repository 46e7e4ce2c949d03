#pragma once

#include <string>

#include "serve/desk_operations.hpp"

namespace presscheck {

/// The server's operations on the real pipelines: each answers byte for byte what
/// `lint --format json`, `verify --format json` and `lookup --format json` print. Opens
/// the fact base `facts_path` stands for ("" for the bundled one) and loads the rule packs
/// now; throws UserError when either cannot be read. Drafts are linted under the
/// configuration of the current folder, as `lint -` would; no path a request names is read.
DeskOperations desk_operations(const std::string& facts_path);

}  // namespace presscheck
