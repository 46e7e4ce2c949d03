#pragma once

#include <string_view>

namespace presscheck::verdict_rules {

// The ids of the checks whose findings `verify` turns into verdicts. The checks take their
// ids from here, so that what `verify` looks for and what the checks report cannot drift
// apart.
inline constexpr std::string_view kValueMismatch = "fact.value-mismatch";
inline constexpr std::string_view kOutdatedTitle = "fact.outdated-title";
inline constexpr std::string_view kQuoteMismatch = "fact.quote-mismatch";
inline constexpr std::string_view kPreviouslyChecked = "claim.previously-checked";

}  // namespace presscheck::verdict_rules
