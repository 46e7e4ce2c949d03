#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

// Where in a JSON text lies an error that simdjson reports for the whole text, without a
// position. These scans run only once an error is known, and only skip over strings.
namespace presscheck::json_scan {

/// The first control character inside a string when `control_chars`, else the opening
/// quote of a string that is never closed; the end of the text when there is neither.
std::size_t locate_string_error(std::string_view text, std::size_t from, bool control_chars);

/// The first byte after the root object or array closes, when more than white space follows:
/// simdjson says "ended early" whenever the last token does not close the root, which is
/// also what a complete value followed by more text looks like.
std::optional<std::size_t> text_after_root(std::string_view text, std::size_t from);

/// Where a text ends, before its trailing white space: "ended early" points there.
std::size_t end_of_content(std::string_view text);

}  // namespace presscheck::json_scan
