#pragma once

#include <string_view>

namespace presscheck {

/// Matches a `/`-separated relative path against a glob: `*` is any run of characters
/// within one folder or file name, `?` one character, `**` any number of whole folders.
/// A pattern without `/` is matched against the file name alone, as in .gitignore.
bool glob_matches(std::string_view pattern, std::string_view path);

}  // namespace presscheck
