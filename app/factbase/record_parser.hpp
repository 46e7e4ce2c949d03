#pragma once

#include <string_view>
#include <vector>

#include "core/json_reader.hpp"
#include "factbase/fact_set.hpp"

namespace presscheck::facts {

/// Whether `id` is a valid record id: lowercase ASCII letters, digits, '-', '_' and '.',
/// starting with a letter or digit (ids appear in URLs, file names and diffs).
bool is_valid_id(std::string_view id);

/// Reads one JSON Lines record into `set`. Every problem is appended to `problems`; a record
/// with a usable type and id is kept even when other fields are wrong, so that later checks
/// do not report the references to it as dangling.
void parse_record(const JsonValue& json, const Origin& origin, FactSet& set,
                  std::vector<Problem>& problems);

/// Reads a qualifiers object as qualifiers_to_json writes it (from a database); throws
/// std::runtime_error when it is malformed.
Qualifiers parse_qualifiers(std::string_view json);

}  // namespace presscheck::facts
