#pragma once

#include <string>

#include "core/lang.hpp"
#include "render/cards/fact_card.hpp"

namespace presscheck {

/// A lookup's cards as one JSON object (and a line break), for scripts: raw ids, values
/// and ISO dates, plus each value and validity as a reader sees it in `lang`.
std::string render_lookup_json(const LookupResult& result, const facts::FactBase& base, Lang lang);

}  // namespace presscheck
