#pragma once

// The three syntaxes of front matter, each read by its own library.

#include "input/front_matter.hpp"
#include "input/front_matter_source.hpp"

namespace presscheck::front_matter {

/// Reads the YAML between `---` lines with yaml-cpp into `matter`'s values or error.
void read_yaml(const Block& block, FrontMatter& matter);

/// Reads the TOML between `+++` lines with toml++ into `matter`'s values or error.
void read_toml(const Block& block, FrontMatter& matter);

/// Reads a JSON object with the project's JSON reader into `matter`'s values or error.
void read_json(const Block& block, FrontMatter& matter);

}  // namespace presscheck::front_matter
