#pragma once

#include <optional>
#include <string_view>

#include "extract/lexicon.hpp"
#include "extract/value.hpp"

namespace presscheck {

/// The approximator written right before a value (« plus de » 100 millions, "nearly"
/// $2bn), with the direction and tolerance its rule gives. `start` is where the value's
/// span starts; the approximator must not begin before `floor`.
std::optional<Approximator> approximator_before(const Lexicon& approximators, std::string_view text,
                                                std::size_t start, std::size_t floor);

}  // namespace presscheck
