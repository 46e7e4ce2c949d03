#pragma once

#include <vector>

#include "factbase/fact_set.hpp"

namespace presscheck::facts {

/// Checks what no single record can show: duplicate ids, dangling references, values that do
/// not match their property's type, and overlapping periods of a single-valued property.
void validate_references(const FactSet& set, std::vector<Problem>& problems);

}  // namespace presscheck::facts
