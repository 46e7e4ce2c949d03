#pragma once

#include <cstdint>

namespace presscheck {

/// RE2's memory budget (`RE2::Options::max_mem`) for what the project compiles from rule
/// packs. RE2 spends the budget left after the program on the DFA's state cache; when the
/// cache fills, RE2 throws every state away and builds them again as it scans. RE2's
/// default (8 MiB) is too small for a set of all of a language's patterns on real French
/// text: its accented letters and case-folded alternatives multiply the states, and
/// measured on the French corpus a set of the 173 patterns scanned 12× slower at 8 MiB than
/// at 64 MiB (14 against 171 MB/s; English was unaffected). The budget is a ceiling, not
/// an allocation: states are built only as text needs them, so a generous one costs memory
/// only where the text would otherwise thrash.
inline constexpr std::int64_t kRe2SetMemory = std::int64_t{64} << 20;

/// The budget of one rule's own pattern (and of the value readers' alternations). RE2
/// gives two thirds of it to the forward DFA and the rest to the reverse one, which finds
/// where a match starts; one pattern builds far fewer states than a set, but long
/// alternations of French words (months, number words, negation cues) folded for case
/// still outgrow the default on long paragraphs.
inline constexpr std::int64_t kRe2PatternMemory = std::int64_t{32} << 20;

}  // namespace presscheck
