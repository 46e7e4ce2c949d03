#pragma once

#include <optional>
#include <string>

#include "input/decoded_draft.hpp"
#include "input/mapped_text.hpp"

namespace presscheck {

/// Reads an HTML page or fragment: the headline from the first <h1> (or else <title>), the
/// standfirst from <meta name="description">, the date from <meta
/// property="article:published_time"> or <time datetime>, the language from <html lang>,
/// and one paragraph per block element (p, li, blockquote, h2…h6, td, div…). Entities are
/// decoded, white space runs become one space, and script, style and comments are skipped.
/// Positions map through `html`'s own map, so HTML held in a JSON string maps to the file.
DecodedDraft read_html_parts(const MappedText& html);

/// Decodes the entities of `raw` bytes [from, to) of `html` into `out`, one space for each
/// run of white space.
void decode_html_text(const MappedText& html, std::size_t from, std::size_t to, MappedText& out);

}  // namespace presscheck
