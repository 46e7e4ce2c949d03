#pragma once

#include <gumbo.h>

#include <functional>

#include "input/html_page.hpp"
#include "input/mapped_text.hpp"

namespace presscheck {

/// Whether an element's content is never draft text: scripts, styles, forms, media, the
/// page's navigation, footers and asides, hidden elements, the list bullets Word writes.
bool is_not_text(const GumboNode& element);
/// Whether the element starts and ends a paragraph (p, li, td, h2…, div…).
bool is_block(const GumboNode& element);
/// Whether a <header> belongs to the page rather than to an article or section in it.
bool is_page_header(const GumboNode& element);

/// Reads the text under an element in document order, without recursion (so that any
/// depth is safe), and tells its owner where blocks begin and end.
class TextWalk {
 public:
  struct Hooks {
    /// Whether to leave an element and all it holds out.
    std::function<bool(const GumboNode&)> skip;
    /// Called on entering and on leaving a block element.
    std::function<void(const GumboNode&, bool leaving)> block;
  };

  TextWalk(const HtmlPage& page, Hooks hooks) : page_(page), hooks_(std::move(hooks)) {}

  /// Walks `from`, appending its text to `out`; a block callback may move `out` away.
  void run(const GumboNode& from, MappedText& out) const;

 private:
  const HtmlPage& page_;
  Hooks hooks_;
};

/// The text of an element as one run, blocks a space apart, with no space at the end.
MappedText element_text(const HtmlPage& page, const GumboNode& element);

}  // namespace presscheck
