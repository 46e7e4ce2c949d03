#pragma once

#include <string>
#include <string_view>

#include "core/lang.hpp"

namespace presscheck {

/// The Snowball stem of a folded word in `lang` (« opposées » and « opposée » -> "oppos",
/// "supports" and "support" -> "support"), so that quotes are compared on their words
/// whatever their inflection. Safe to call from several threads at once.
std::string stem(Lang lang, std::string_view folded);

}  // namespace presscheck
