#pragma once

#include <optional>
#include <string_view>

namespace presscheck {

/// The two languages presscheck reads and speaks.
enum class Lang { fr, en };

std::optional<Lang> parse_lang(std::string_view code);
std::string_view lang_code(Lang lang);

/// Picks the French or the English text: messages follow the draft's language.
inline std::string_view pick(Lang lang, std::string_view fr, std::string_view en) {
  return lang == Lang::fr ? fr : en;
}

}  // namespace presscheck
