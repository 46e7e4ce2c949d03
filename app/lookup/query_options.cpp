#include "lookup/query_options.hpp"

#include <fmt/format.h>
#include <cstdlib>

#include "analysis/fact_time.hpp"
#include "core/error.hpp"

namespace presscheck {

Date today() {
  // An undated draft is checked at today's date: the same rule, from the same place.
  return article_date(Document{});
}

Date parse_date_option(std::string_view text, std::string_view option, Lang lang) {
  if (auto date = Date::parse_iso(text); date && text.size() <= 10)
    return *date;
  throw UserError(fmt::format(
      fmt::runtime(lang == Lang::fr
                       ? "{} : « {} » n'est pas une date ; écrivez AAAA, AAAA-MM ou AAAA-MM-JJ"
                       : "{}: \"{}\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
      option, text.substr(0, 40)));
}

Lang answer_lang(const std::string& flag) {
  if (const auto lang = parse_lang(flag))
    return *lang;
  // The first of these that is set decides, as for any program's messages.
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0')
      return std::string_view(value).starts_with("fr") ? Lang::fr : Lang::en;
  }
  return Lang::en;
}

}  // namespace presscheck
