#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "input/mapped_text.hpp"

namespace presscheck {

/// What a plain-text draft says, as copied from a news page: an optional section label
/// (« High-tech »), the headline, a standfirst, then the body's paragraphs.
struct PlainTextParts {
  MappedText headline;
  MappedText standfirst;
  std::vector<MappedText> body;       // paragraphs, split at blank lines
  std::optional<Span> section_label;  // a label standing alone where the headline should be
};

/// Reads `text` from `from` on (past any front matter). With `take_headline`, the first
/// line is the headline unless it is a section label, and the paragraph after the headline
/// is the standfirst when it reads as one (the rules are in README.md, "Linting drafts").
PlainTextParts read_plain_text(std::string_view text, std::size_t from, bool take_headline);

}  // namespace presscheck
