#include "core/lang.hpp"

namespace presscheck {

std::optional<Lang> parse_lang(std::string_view code) {
  // Accept regional forms such as fr-FR or en_GB: only the language matters here.
  std::string_view base = code.substr(0, code.find_first_of("-_"));
  if (base == "fr" || base == "FR")
    return Lang::fr;
  if (base == "en" || base == "EN")
    return Lang::en;
  return std::nullopt;
}

std::string_view lang_code(Lang lang) {
  return lang == Lang::fr ? "fr" : "en";
}

}  // namespace presscheck
