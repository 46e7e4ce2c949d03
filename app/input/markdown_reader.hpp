#pragma once

#include <string_view>
#include <vector>

#include "input/mapped_text.hpp"

namespace presscheck {

/// What the Markdown of a draft says, decoded and mapped byte for byte to the file.
struct MarkdownParts {
  MappedText headline;           // the first top-level `#` or `===` heading, when asked for
  std::vector<MappedText> body;  // paragraphs, other headings, list items, table cells
};

/// Reads `text` from `from` on (past any front matter) as CommonMark with tables. Code,
/// raw HTML, comments, images and link destinations are not text; markup and escapes are
/// removed and entities decoded. A soft line break reads as a space mapped to the break.
MarkdownParts read_markdown(std::string_view text, std::size_t from, bool take_headline);

}  // namespace presscheck
