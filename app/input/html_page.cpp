#include "input/html_page.hpp"

#include <algorithm>
#include <cstring>

#include "input/html_nesting_bound.hpp"
#include "input/html_source_map.hpp"

namespace presscheck {
namespace {

// The parser's error list is of no use to a reader; a low bound keeps it small on
// broken pages.
constexpr int kMaxErrors = 16;

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    return lower(x) == lower(y);
  });
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

GumboOptions options() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = kMaxErrors;
  return options;
}

}  // namespace

HtmlPage::HtmlPage(const MappedText& html, std::size_t from, std::size_t to)
    : html_(html), from_(from) {
  const std::string_view text = std::string_view(html.text()).substr(from, to - from);
  const GumboOptions parse_options = options();
  const std::size_t end = nesting_bounded_end(text);
  if (end < text.size())
    unread_from_ = from + end;
  output_ = gumbo_parse_with_options(&parse_options, text.data(), end);
}

HtmlPage::~HtmlPage() {
  const GumboOptions parse_options = options();
  gumbo_destroy_output(&parse_options, output_);
}

std::size_t HtmlPage::offset_of(const char* data) const {
  return from_ + static_cast<std::size_t>(data - (html_.text().data() + from_));
}

void HtmlPage::append_text(const GumboNode& text, MappedText& out) const {
  const GumboStringPiece& raw = text.v.text.original_text;
  const std::size_t begin = raw.data != nullptr ? offset_of(raw.data) : from_;
  append_decoded(html_, text.v.text.text, begin, begin + raw.length, out);
}

void HtmlPage::append_value(const GumboAttribute& attribute, MappedText& out) const {
  const GumboStringPiece& raw = attribute.original_value;
  if (raw.data == nullptr || raw.length == 0)
    return;
  std::size_t begin = offset_of(raw.data);
  std::size_t end = begin + raw.length;
  if (raw.data[0] == '"' || raw.data[0] == '\'') {
    ++begin;
    end -= raw.length > 1 && raw.data[raw.length - 1] == raw.data[0] ? 1 : 0;
  }
  append_decoded(html_, attribute.value, begin, end, out);
}

void HtmlPage::append_break(const GumboNode& element, MappedText& out) const {
  const GumboStringPiece& tag = element.v.element.original_tag;
  if (tag.data == nullptr || tag.length == 0)
    return;
  const std::size_t begin = offset_of(tag.data);
  append_space(html_, begin, begin + tag.length, out);
}

const GumboAttribute* attribute(const GumboNode& element, const char* name) {
  if (element.type != GUMBO_NODE_ELEMENT)
    return nullptr;
  return gumbo_get_attribute(&element.v.element.attributes, name);
}

bool value_is(const GumboAttribute* attribute, std::string_view value) {
  return attribute != nullptr && equal_ignoring_case(attribute->value, value);
}

bool has_class(const GumboNode& element, std::initializer_list<std::string_view> names) {
  const GumboAttribute* classes = attribute(element, "class");
  if (classes == nullptr)
    return false;
  const std::string_view list = classes->value;
  std::size_t pos = 0;
  while (pos < list.size()) {
    while (pos < list.size() && is_space(list[pos]))
      ++pos;
    std::size_t end = pos;
    while (end < list.size() && !is_space(list[end]))
      ++end;
    const std::string_view name = list.substr(pos, end - pos);
    if (!name.empty() && std::any_of(names.begin(), names.end(), [&](std::string_view wanted) {
          return equal_ignoring_case(name, wanted);
        }))
      return true;
    pos = end;
  }
  return false;
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return node != nullptr && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

bool inside(const GumboNode* node, GumboTag tag) {
  for (const GumboNode* up = node->parent; up != nullptr; up = up->parent) {
    if (is_element(up, tag))
      return true;
  }
  return false;
}

}  // namespace presscheck
