#include "text/token.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace presscheck {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Typeset figures group their digits with a no-break, narrow, thin or figure space.
bool is_group_separator(char32_t cp) {
  return cp == '.' || cp == ',' || cp == ' ' || cp == 0xA0 || cp == 0x202F ||
         (cp >= 0x2000 && cp <= 0x200A);
}

// « 12 000 », "12,000" and « 3.000 » are one number: a digit run followed by a separator
// and exactly three digits is joined to them, so the same figure matches however it is
// grouped. A space joins groups only after at most three digits (« en 2019 200 élus »).
std::size_t join_digit_groups(std::string_view text, Token& token, std::size_t pos,
                              std::size_t end) {
  while (all_digits(token.folded) && pos < end) {
    std::size_t cursor = pos;
    const char32_t separator = utf8::next(text, cursor);
    if (!is_group_separator(separator))
      break;
    if (separator != '.' && separator != ',' && token.folded.size() > 3)
      break;
    if (cursor + 3 > end || !all_digits(text.substr(cursor, 3)))
      break;
    if (cursor + 3 < end && utf8::is_word_char(static_cast<unsigned char>(text[cursor + 3])))
      break;
    token.folded.append(text.substr(cursor, 3));
    token.span.end = cursor + 3;
    pos = cursor + 3;
  }
  return pos;
}

}  // namespace

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
      pos = join_digit_groups(text, current, start, within.end);
      tokens.push_back(std::move(current));
      in_word = false;
    }
  }
  if (in_word)
    tokens.push_back(std::move(current));
  return tokens;
}

std::pair<std::size_t, std::size_t> tokens_inside(const std::vector<Token>& tokens, Span within) {
  const auto first =
      std::lower_bound(tokens.begin(), tokens.end(), within.begin,
                       [](const Token& t, std::size_t at) { return t.span.begin < at; });
  // Tokens never overlap, so their ends grow with their starts: a second search finds the
  // last one inside, and a sentence of a paragraph of millions of words costs no more.
  const auto last = std::partition_point(first, tokens.end(),
                                         [&](const Token& t) { return t.span.end <= within.end; });
  return {static_cast<std::size_t>(first - tokens.begin()),
          static_cast<std::size_t>(last - tokens.begin())};
}

std::size_t words_between(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  if (to <= from)
    return 0;
  const auto [first, last] = tokens_inside(tokens, {from, to});
  return last - first;
}

}  // namespace presscheck
