#pragma once

#include <string_view>

namespace presscheck {

/// Whether two words differ by exactly one edit, counted in code points: a letter changed,
/// added or dropped, or two neighbouring letters swapped (« Bretton », « Berton » for
/// « Breton »).
bool one_edit_apart(std::string_view a, std::string_view b);

/// Whether a code point is a Latin capital letter. Names written in other scripts are not
/// checked for spelling, so a narrow test is enough.
bool is_latin_capital(char32_t cp);

}  // namespace presscheck
