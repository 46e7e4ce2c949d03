#pragma once

#include <vector>

#include "analysis/claim_verdicts.hpp"

namespace presscheck {

/// Quotes reported as their speaker said them: a quote of the draft whose words stand in a
/// stored quote of the one speaker named in its sentence (or the reverse), in the draft's
/// language or through a stored translation, with the same polarity. Reversed quotes are
/// fact.quote-mismatch's to report; quotes it reported (`reported`) are skipped.
std::vector<ClaimVerdict> supported_quotes(const DraftContext& context,
                                           const std::vector<Diagnostic>& reported);

}  // namespace presscheck
