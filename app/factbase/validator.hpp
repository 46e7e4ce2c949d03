#pragma once

#include <cstddef>
#include <vector>

#include "factbase/fact_set.hpp"

namespace presscheck::facts {

/// The longest name, alias or label a fact base accepts, in bytes. The longest real ones (a
/// law's full title) take a few hundred; a longer one is a mistake in the file, and every
/// name is matched against each draft, so an unbounded one would slow every lint.
inline constexpr std::size_t kMaxNameBytes = 1000;

/// Checks what no single record can show: duplicate ids, dangling references, values that do
/// not match their property's type, overlapping periods of a single-valued property, and
/// names, aliases or labels longer than kMaxNameBytes. Records read from a base (`stored`)
/// are taken as checked when they were written: only their values' types and their
/// overlaps with other records are checked again.
void validate_references(const FactSet& set, std::vector<Problem>& problems);

}  // namespace presscheck::facts
