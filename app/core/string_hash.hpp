#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace presscheck {

/// A hash that takes std::string and std::string_view alike, so that a map keyed by strings
/// is searched with a view without building a string first.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

/// A map from strings searched with views.
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace presscheck
