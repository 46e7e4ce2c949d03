#include "input/html_walk.hpp"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace presscheck {
namespace {

bool is_hidden(const GumboNode& element) {
  if (attribute(element, "hidden") != nullptr)
    return true;
  // Word writes list bullets and numbers as text in <span style='mso-list:Ignore'>.
  const GumboAttribute* style = attribute(element, "style");
  if (style == nullptr)
    return false;
  std::string compact;
  for (const char* c = style->value; *c != '\0'; ++c) {
    if (*c != ' ' && *c != '\n' && *c != '\r' && *c != '\t')
      compact.push_back(static_cast<char>(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c));
  }
  return compact.find("mso-list:ignore") != std::string::npos;
}

}  // namespace

bool is_not_text(const GumboNode& element) {
  if (element.type == GUMBO_NODE_TEMPLATE)
    return true;
  if (element.type != GUMBO_NODE_ELEMENT)
    return false;
  switch (element.v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return element.v.element.tag_namespace != GUMBO_NAMESPACE_HTML || is_hidden(element);
  }
}

bool is_block(const GumboNode& element) {
  if (element.type != GUMBO_NODE_ELEMENT)
    return false;
  switch (element.v.element.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

bool is_page_header(const GumboNode& element) {
  if (!is_element(&element, GUMBO_TAG_HEADER))
    return false;
  return !inside(&element, GUMBO_TAG_ARTICLE) && !inside(&element, GUMBO_TAG_MAIN) &&
         !inside(&element, GUMBO_TAG_SECTION);
}

void TextWalk::run(const GumboNode& from, MappedText& out) const {
  // Each entry is a node and whether the walk is leaving it (after its children).
  std::vector<std::pair<const GumboNode*, bool>> pending{{&from, false}};
  while (!pending.empty()) {
    const auto [node, leaving] = pending.back();
    pending.pop_back();
    if (leaving) {
      hooks_.block(*node, true);
      continue;
    }
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        page_.append_text(*node, out);
        continue;
      case GUMBO_NODE_ELEMENT:
        break;
      default:
        continue;  // comments, templates
    }
    if (node != &from && (is_not_text(*node) || hooks_.skip(*node)))
      continue;
    if (node->v.element.tag == GUMBO_TAG_BR) {
      page_.append_break(*node, out);
      continue;
    }
    const bool block = is_block(*node);
    if (block) {
      hooks_.block(*node, false);
      pending.emplace_back(node, true);
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned int i = children.length; i-- > 0;)
      pending.emplace_back(static_cast<const GumboNode*>(children.data[i]), false);
  }
}

MappedText element_text(const HtmlPage& page, const GumboNode& element) {
  MappedText text;
  const auto block = [&](const GumboNode& node, bool) { page.append_break(node, text); };
  TextWalk(page, {[](const GumboNode&) { return false; }, block}).run(element, text);
  if (text.empty() || text.text().back() != ' ')
    return text;
  MappedText without_end_space;
  without_end_space.append(text, 0, text.size() - 1);
  return without_end_space;
}

}  // namespace presscheck
