#pragma once

#include <optional>
#include <string_view>

namespace presscheck {

/// The number at the start of `token` when it is a valid JSON number, read as IEEE 754
/// rounds it: a magnitude beyond the double range is an infinity, one below it a zero.
/// simdjson refuses such numbers, but they are valid JSON. Nothing when the token is not a
/// JSON number.
std::optional<double> read_json_number(std::string_view token);

}  // namespace presscheck
