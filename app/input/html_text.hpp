#pragma once

#include <cstddef>

#include "input/decoded_draft.hpp"
#include "input/mapped_text.hpp"

namespace presscheck {

/// Reads an HTML page or fragment through gumbo, an HTML5 parser. The headline comes from
/// <meta property="og:title">, else the <h1> of the <article> or <main>, else Word's
/// MsoTitle, else the <h1> that <title> names, else the first <h1> outside the page's
/// <header> and <nav>, else <title>: never a site logo. The standfirst comes from an element
/// of class standfirst, chapo, chapeau, lead, intro, summary or article-lead (in the article
/// first), else Word's MsoSubtitle, else <meta name="description"> or og:description. The
/// body is one paragraph per block element of the article (else <main>, else <body>),
/// without scripts, styles, navigation, footers, asides, forms or the page's header. The
/// date comes from article:published_time, a <time datetime> in the article or <meta
/// name="date">, the language from <html lang>. Every HTML5 entity is decoded, runs of white
/// space become one space, and every character maps through `html`'s own map to the bytes
/// it came from, so that HTML held in a JSON string maps to the file.
DecodedDraft read_html_parts(const MappedText& html);

/// Decodes the bytes [from, to) of `html` as HTML text (entities, tags dropped, one space
/// for each run of white space) and appends it to `out`, mapped to its source bytes.
void decode_html_text(const MappedText& html, std::size_t from, std::size_t to, MappedText& out);

}  // namespace presscheck
