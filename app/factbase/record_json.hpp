#pragma once

#include <string>

#include "factbase/model.hpp"

namespace presscheck::facts {

// Canonical JSON Lines text of each record (no trailing newline): fixed key order, empty
// optional fields left out, so that an export is stable and diffs show only real changes.
std::string to_json(const Source& source);
std::string to_json(const Entity& entity);
std::string to_json(const Property& property);
std::string to_json(const Statement& statement);
std::string to_json(const Quote& quote);

/// A value object such as {"amount":120000000,"currency":"EUR"}.
std::string value_to_json(const Value& value);
/// A qualifier map: entity values as bare ids, the others as value objects.
std::string qualifiers_to_json(const Qualifiers& qualifiers);

}  // namespace presscheck::facts
