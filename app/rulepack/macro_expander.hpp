#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace presscheck {

/// Expands each `{name}` of a pattern into the pack's macro of that name, macros inside
/// macros included, in any order of definition; braces holding digits stay quantifiers.
/// On an unknown name, a macro that refers to itself (directly or through others), or an
/// expansion past kMaxExpandedBytes or kMaxExpansions references (a pack can nest macros
/// so that they double at each level), returns nullopt and sets `error` to a message for
/// the pack's author.
std::optional<std::string> expand_macros(std::string_view pattern,
                                         const std::map<std::string, std::string>& macros,
                                         std::string& error);

inline constexpr std::size_t kMaxExpandedBytes = 1 << 16;
inline constexpr std::size_t kMaxExpansions = 1 << 12;

}  // namespace presscheck
