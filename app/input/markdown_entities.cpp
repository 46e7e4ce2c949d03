#include "input/markdown_entities.hpp"

#include <gumbo.h>

#include <cctype>
#include <vector>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

constexpr char32_t kReplacement = U'\uFFFD';

const GumboNode* child_element(const GumboNode* parent, GumboTag tag) {
  const GumboVector& children = parent->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* node = static_cast<const GumboNode*>(children.data[i]);
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag)
      return node;
  }
  return nullptr;
}

// The text of each <p> of the body, in order.
std::vector<std::string> paragraph_texts(const GumboNode* root) {
  std::vector<std::string> texts;
  const GumboNode* body = child_element(root, GUMBO_TAG_BODY);
  if (body == nullptr)
    return texts;
  const GumboVector& children = body->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* p = static_cast<const GumboNode*>(children.data[i]);
    if (p->type != GUMBO_NODE_ELEMENT)
      continue;
    const GumboVector& inside = p->v.element.children;
    const auto* text = inside.length == 1 ? static_cast<const GumboNode*>(inside.data[0]) : nullptr;
    texts.emplace_back(text != nullptr && text->type == GUMBO_NODE_TEXT ? text->v.text.text : "");
  }
  return texts;
}

// HTML also decodes a known prefix of an unknown name (`&notit;` reads "¬it;"), which
// CommonMark does not: such a result ends with the rest of the name and its `;`.
bool decoded_whole(std::string_view decoded) {
  return !decoded.empty() &&
         !(decoded.size() >= 2 && decoded.back() == ';' &&
           std::isalnum(static_cast<unsigned char>(decoded[decoded.size() - 2])));
}

char32_t numeric_value(std::string_view digits, int base) {
  char32_t value = 0;
  for (const char c : digits) {
    const int digit = std::isdigit(static_cast<unsigned char>(c))
                          ? c - '0'
                          : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
    value = value * static_cast<char32_t>(base) + static_cast<char32_t>(digit);
    if (value > 0x10FFFF)
      return kReplacement;
  }
  if (value == 0 || (value >= 0xD800 && value <= 0xDFFF))
    return kReplacement;
  return value;
}

}  // namespace

EntityTable decode_named_entities(const std::set<std::string, std::less<>>& names) {
  EntityTable table;
  if (names.empty())
    return table;
  // One parse for all the names: a draft may hold thousands, and a parse has a fixed cost.
  std::string html;
  for (const std::string& name : names)
    html += "<p>&" + name + ";</p>";
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  const std::vector<std::string> texts = paragraph_texts(output->root);
  gumbo_destroy_output(&options, output);
  if (texts.size() != names.size())
    return table;
  auto text = texts.begin();
  for (const std::string& name : names) {
    if (*text != "&" + name + ";" && decoded_whole(*text))
      table.emplace(name, *text);
    ++text;
  }
  return table;
}

std::string decode_entity(std::string_view reference, const EntityTable& named) {
  if (reference.size() < 3)
    return std::string(reference);
  const std::string_view inside = reference.substr(1, reference.size() - 2);  // & … ;
  std::string out;
  if (!inside.empty() && inside.front() == '#') {
    const bool hex = inside.size() > 1 && (inside[1] == 'x' || inside[1] == 'X');
    utf8::append(out, numeric_value(inside.substr(hex ? 2 : 1), hex ? 16 : 10));
    return out;
  }
  const auto found = named.find(inside);
  return found == named.end() ? std::string(reference) : found->second;
}

}  // namespace presscheck
