#pragma once

#include "extract/extraction.hpp"
#include "text/analysis.hpp"

namespace presscheck {

/// Whether a value is one bound of a range (« entre 13,7 et 16 % », "from 10 to 12",
/// « de 3 à 5 ans »): neither bound is the figure, so neither can contradict one.
bool is_range_bound(const BlockAnalysis& block, const BlockExtraction& found, const Value& value);

/// Whether a value counts part of a larger figure (« 45 morts, dont trois Français »,
/// "including three Britons"): the part differs from the whole by design.
bool is_subset(const BlockAnalysis& block, const Value& value);

}  // namespace presscheck
