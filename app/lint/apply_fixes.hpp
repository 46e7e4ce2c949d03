#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace presscheck {

/// A draft's text with its certain suggestions applied, and how many were.
struct FixedText {
  std::string text;
  std::size_t applied = 0;
  std::size_t skipped = 0;  // applicable, but overlapping one applied before it
};

/// Applies every applicable suggestion of `diagnostics` (spans into `text`) in one pass.
/// Where two overlap, the one that starts first (then the shorter) wins and the other
/// waits for the next run, when the text it was computed on may have changed.
FixedText apply_fixes(std::string_view text, const std::vector<const Diagnostic*>& diagnostics);

}  // namespace presscheck
