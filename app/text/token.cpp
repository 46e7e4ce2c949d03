#include "text/token.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace presscheck {

std::vector<Token> tokenize(std::string_view text, Span within) {
  std::vector<Token> tokens;
  std::size_t pos = within.begin;
  Token current;
  bool in_word = false;
  while (pos < within.end) {
    const std::size_t start = pos;
    const char32_t cp = utf8::next(text, pos);
    if (utf8::is_word_char(cp) || (in_word && cp >= 0x300 && cp <= 0x36F)) {
      if (!in_word) {
        current = Token{{start, start}, {}};
        in_word = true;
      }
      utf8::fold_into(current.folded, cp);
      current.span.end = pos;
    } else if (in_word) {
      tokens.push_back(std::move(current));
      in_word = false;
    }
  }
  if (in_word) tokens.push_back(std::move(current));
  return tokens;
}

std::pair<std::size_t, std::size_t> tokens_inside(const std::vector<Token>& tokens, Span within) {
  const auto first = std::lower_bound(tokens.begin(), tokens.end(), within.begin,
                                      [](const Token& t, std::size_t at) { return t.span.begin < at; });
  auto last = first;
  while (last != tokens.end() && last->span.end <= within.end) ++last;
  return {static_cast<std::size_t>(first - tokens.begin()),
          static_cast<std::size_t>(last - tokens.begin())};
}

}  // namespace presscheck
