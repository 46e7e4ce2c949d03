#pragma once

// toml++ 3.3 (the version in Debian 12) reaches undefined behaviour when it tests some
// non-ASCII characters for blanks (marzer/tomlplusplus#190): « é » in a bare key, after a
// value, or after a line-ending backslash in a `"""` string. So toml++ only ever sees an
// ASCII stand-in of the block, and what TOML does not allow is reported beforehand.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace presscheck::front_matter {

/// The first non-ASCII character outside strings and comments, where TOML 1.0 allows
/// none, with the reason to give the user.
struct TomlMisplacedText {
  std::size_t offset;
  std::string reason;
};
std::optional<TomlMisplacedText> find_misplaced_non_ascii(std::string_view toml);

/// `text` with each non-ASCII code point replaced by one `?`: lines and columns (counted in
/// code points) stay where they were.
std::string ascii_stand_in(std::string_view text);

}  // namespace presscheck::front_matter
