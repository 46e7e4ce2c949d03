#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace presscheck {

/// The two languages presscheck reads and speaks.
enum class Lang { fr, en };

std::optional<Lang> parse_lang(std::string_view code);

/// The language's place in a per-language array: French 0, English 1.
inline std::size_t lang_index(Lang lang) {
  return lang == Lang::fr ? 0 : 1;
}
std::string_view lang_code(Lang lang);

/// Picks the French or the English text: messages follow the draft's language.
inline std::string_view pick(Lang lang, std::string_view fr, std::string_view en) {
  return lang == Lang::fr ? fr : en;
}

}  // namespace presscheck
