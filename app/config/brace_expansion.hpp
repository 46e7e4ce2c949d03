#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presscheck {

/// Expands the brace groups of a glob (`a{b,c}d` gives `abd` and `acd`; groups nest and
/// multiply), leaving as they are braces without a comma, unmatched ones, quoted ones and
/// those inside `[ ]`. nullopt when there would be more than `limit` results: the work
/// stops there, so a pattern of many groups costs no more than `limit` expansions.
std::optional<std::vector<std::string>> expand_braces(std::string_view pattern, std::size_t limit);

}  // namespace presscheck
