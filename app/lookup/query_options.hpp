#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/lang.hpp"

namespace presscheck {

/// Today's date (UTC): what facts are read at when no date is given.
Date today();

/// A date given on the command line or in the shell: YYYY, YYYY-MM or YYYY-MM-DD. Throws
/// UserError naming `option` when the text is not one, in `lang`.
Date parse_date_option(std::string_view text, std::string_view option, Lang lang);

/// The language answers are written in: `--lang` when given, else French when the locale
/// (LC_ALL, LC_MESSAGES, LANG) is French, else English.
Lang answer_lang(const std::string& flag);

}  // namespace presscheck
