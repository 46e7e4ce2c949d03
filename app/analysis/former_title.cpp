#include "analysis/former_title.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>

namespace presscheck {
namespace {

// The token right before offset `at`, if any.
const Token* token_before(const std::vector<Token>& tokens, std::size_t at) {
  const auto it =
      std::lower_bound(tokens.begin(), tokens.end(), at,
                       [](const Token& t, std::size_t offset) { return t.span.begin < offset; });
  return it == tokens.begin() ? nullptr : &*std::prev(it);
}

bool starts_upper(std::string_view text) {
  return !text.empty() && std::isupper(static_cast<unsigned char>(text[0])) != 0;
}

// `text` with its first letter in capitals, as the word it replaces had it.
std::string capitalised(std::string text) {
  constexpr std::string_view kSmallAGrave = "\xC3\xA0";  // à
  if (text.rfind(kSmallAGrave, 0) == 0) {
    text.replace(0, kSmallAGrave.size(), "\xC3\x80");  // À
    return text;
  }
  if (!text.empty())
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string lowered_first(std::string text) {
  if (starts_upper(text))
    text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

// French determiners that decide the form of « ancien » and elide before it.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kFrenchDeterminers = {{
    {"le", "l'ancien "},
    {"la", "l'ancienne "},
    {"du", "de l'ancien "},
    {"au", "\xC3\xA0 l'ancien "},  // à l'ancien
    {"un", "un ancien "},
    {"une", "une ancienne "},
}};

}  // namespace

TitleRewrite former_title(const Document& doc, const std::vector<Token>& tokens, Span title,
                          const std::string& words) {
  const Token* before = token_before(tokens, title.begin);
  const bool spaced = before != nullptr && doc.slice({before->span.end, title.begin}) == " ";
  const auto with_determiner = [&](std::string replacement) {
    if (starts_upper(doc.slice(before->span)))
      replacement = capitalised(std::move(replacement));
    return TitleRewrite{{before->span.begin, title.end}, replacement + words};
  };
  if (doc.lang == Lang::en) {
    if (spaced && before->folded == "an")
      return with_determiner("a former ");
    return {title, (before == nullptr ? "Former " : "former ") + words};
  }
  if (spaced) {
    for (const auto& [determiner, replacement] : kFrenchDeterminers) {
      if (before->folded == determiner)
        return with_determiner(std::string(replacement));
    }
  }
  // « l'ambassadeur » -> « l'ex-ambassadeur »; a title opening the paragraph or the headline
  // moves its capital to « Ex- ».
  if (before == nullptr)
    return {title, "Ex-" + lowered_first(words)};
  return {title, "ex-" + words};
}

}  // namespace presscheck
