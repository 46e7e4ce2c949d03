#pragma once

#include <string_view>

#include "core/lang.hpp"

namespace presscheck {

/// Guesses French or English from function words, which every sentence is full of; a few
/// quoted words of the other language do not tip the balance.
Lang detect_language(std::string_view text, Lang fallback);

}  // namespace presscheck
