#pragma once

#include <cstddef>
#include <string>

namespace presscheck::bench {

/// `text` read as a positive whole number given to `flag`; throws std::invalid_argument
/// naming both otherwise, so a mistyped size ends the bench with a message, not a crash.
std::size_t positive_number(const std::string& flag, const std::string& text);

}  // namespace presscheck::bench
