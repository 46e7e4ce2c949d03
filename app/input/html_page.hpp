#pragma once

#include <gumbo.h>

#include <cstddef>
#include <optional>
#include <string_view>

#include "input/mapped_text.hpp"

namespace presscheck {

/// An HTML text parsed by gumbo, whose nodes can be read back as text mapped to the source.
class HtmlPage {
 public:
  /// Parses the bytes [from, to) of `html`, which must outlive the page; a page whose tags
  /// nest past any real page's depth is read up to that point (see nesting_bounded_end).
  HtmlPage(const MappedText& html, std::size_t from, std::size_t to);
  ~HtmlPage();
  HtmlPage(const HtmlPage&) = delete;
  HtmlPage& operator=(const HtmlPage&) = delete;

  const GumboNode* document() const { return output_->document; }
  /// The <html> element.
  const GumboNode* root() const { return output_->root; }

  /// Appends the decoded text of a text node, each character mapped to its source bytes.
  void append_text(const GumboNode& text, MappedText& out) const;
  /// Appends the decoded value of an attribute, mapped inside its quotes.
  void append_value(const GumboAttribute& attribute, MappedText& out) const;
  /// Appends one space standing for an element such as <br>.
  void append_break(const GumboNode& element, MappedText& out) const;

  /// Where in the html the parser stopped when the page nests too deeply to read whole.
  std::optional<std::size_t> unread_from() const { return unread_from_; }

 private:
  std::size_t offset_of(const char* data) const;

  const MappedText& html_;
  std::size_t from_;
  GumboOutput* output_;
  std::optional<std::size_t> unread_from_;
};

/// The value of attribute `name` of an element, or nothing.
const GumboAttribute* attribute(const GumboNode& element, const char* name);
/// Whether the element's class attribute holds one of `names`, in any case.
bool has_class(const GumboNode& element, std::initializer_list<std::string_view> names);
/// Whether an attribute value equals `value`, in any case.
bool value_is(const GumboAttribute* attribute, std::string_view value);
/// Whether `node` is an element with tag `tag`.
bool is_element(const GumboNode* node, GumboTag tag);
/// Whether an element of tag `tag` holds `node`.
bool inside(const GumboNode* node, GumboTag tag);

}  // namespace presscheck
