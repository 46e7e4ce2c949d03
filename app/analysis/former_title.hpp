#pragma once

#include <string>
#include <vector>

#include "core/document.hpp"
#include "text/token.hpp"

namespace presscheck {

/// A title rewritten as no longer held, in place: the span to replace and its new text.
struct TitleRewrite {
  Span span;
  std::string text;
};

/// How to write the title at `title` (whose words are `words`) as a past office. English puts
/// "former" before it ("an" becoming "a"). French agrees « ancien » with the determiner
/// before the title, which then changes too (« le commissaire » -> « l'ancien
/// commissaire », « du » -> « de l'ancien »), so the span covers it; with no such
/// determiner the gender is unknown, and « ex- » suits both.
TitleRewrite former_title(const Document& doc, const std::vector<Token>& tokens, Span title,
                          const std::string& words);

}  // namespace presscheck
