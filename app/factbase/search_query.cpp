#include "factbase/search_query.hpp"

#include "core/utf8.hpp"

namespace presscheck::facts {

std::string to_fts_query(std::string_view text) {
  // Bytes that do not form valid UTF-8 cannot be words; cut the text at the first one.
  if (const auto bad = utf8::first_invalid(text))
    text = text.substr(0, *bad);
  std::string query;
  std::size_t words = 0;
  std::size_t pos = 0;
  bool in_word = false;
  while (pos < text.size() && words < kMaxSearchWords) {
    const std::size_t start = pos;
    const char32_t cp = utf8::next(text, pos);
    if (utf8::is_word_char(cp)) {
      if (!in_word) {
        if (!query.empty())
          query += ' ';
        query += '"';
        in_word = true;
      }
      query.append(text, start, pos - start);
    } else if (in_word) {
      // A word char never is '"', so the quoted token needs no escaping.
      query += '"';
      in_word = false;
      ++words;
    }
  }
  if (in_word)
    query += '"';
  return query;
}

}  // namespace presscheck::facts
