#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace presscheck::front_matter {

/// A place toml++ must not be shown, and why, in words for the user.
struct TomlHazard {
  std::size_t offset;
  std::string reason;
};

/// toml++ 3.3 (the version in Debian 12) reaches undefined behaviour when it tests some
/// non-ASCII characters as blanks (marzer/tomlplusplus#190): a letter such as « é » where
/// TOML 1.0 allows only ASCII (a bare key `résumé`, text after a value), or the first
/// character after a line-ending backslash in a `"""` string. Finds the first such place in
/// a TOML text, so that it is reported instead of parsed.
std::optional<TomlHazard> find_toml_hazard(std::string_view text);

}  // namespace presscheck::front_matter
