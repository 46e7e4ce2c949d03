#pragma once

#include <string>

#include "core/lang.hpp"
#include "render/cards/card_names.hpp"
#include "render/cards/fact_card.hpp"
#include "render/cards/terminal_style.hpp"

namespace presscheck {

/// A lookup's cards for a reader, in `lang`, aligned for an 80-column terminal: names in
/// both languages, the facts holding at the date, those that do not (marked former,
/// superseded, not yet valid or deprecated), an office's holders and quotes, each fact
/// with its sources. A single line says so when nothing matched. Names and labels come
/// through `names`, which keeps them for the next answer.
std::string render_lookup_text(const LookupResult& result, CardNames& names, Lang lang,
                               const Style& style);

}  // namespace presscheck
