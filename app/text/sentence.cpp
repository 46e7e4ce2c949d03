#include "text/sentence.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

// Abbreviations that end with a period inside a sentence, folded.
constexpr std::array<std::string_view, 32> kAbbreviations = {
    "m",   "mm",  "mme", "mmes", "mlle", "dr",  "pr",  "me",  "st",  "ste", "mr",
    "mrs", "ms",  "inc", "corp", "co",   "ltd", "no",  "jan", "feb", "aug", "sept",
    "oct", "nov", "dec", "gen",  "gov",  "sen", "rep", "vs",  "etc", "av"};

bool is_upper_start(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z')
    return true;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
    return true;
  return utf8::is_digit(cp) || cp == 0xAB || cp == 0x201C || cp == '"' || cp == 0x2018;
}

// The word just before `pos` (the period), folded, and whether it is one capital letter.
std::string word_before(std::string_view text, std::size_t begin, std::size_t pos) {
  std::size_t start = pos;
  while (start > begin) {
    std::size_t previous = start;
    if (!utf8::is_word_char(utf8::previous(text, previous)))
      break;
    start = previous;
  }
  return std::string(text.substr(start, pos - start));
}

bool is_abbreviation(std::string_view word) {
  if (word.empty())
    return false;
  if (utf8::count_code_points(word) == 1)
    return true;  // an initial, or U.S. letter by letter
  const std::string folded = utf8::fold(word);
  for (std::string_view abbreviation : kAbbreviations) {
    if (folded == abbreviation)
      return true;
  }
  return false;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, Span within) {
  std::vector<Span> sentences;
  std::size_t sentence_begin = within.begin;
  std::size_t pos = within.begin;
  while (pos < within.end) {
    const std::size_t start = pos;
    const char32_t cp = utf8::next(text, pos);
    const bool terminal = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
    if (!terminal)
      continue;
    // Closing quotes and brackets right after the mark belong to the sentence.
    std::size_t end = pos;
    while (end < within.end) {
      std::size_t next = end;
      const char32_t c = utf8::next(text, next);
      const bool closer = c == 0xBB || c == 0x201D || c == '"' || c == ')' || c == 0x2019 ||
                          c == '.' || c == '!' || c == '?';
      if (!closer)
        break;
      end = next;
    }
    std::size_t following_begin = end;
    while (following_begin < within.end) {
      std::size_t next = following_begin;
      if (!utf8::is_space(utf8::next(text, next)))
        break;
      following_begin = next;
    }
    if (following_begin >= within.end)
      break;
    std::size_t look = following_begin;
    const char32_t following = utf8::next(text, look);
    if (!is_upper_start(following))
      continue;
    if (following_begin == end && utf8::is_digit(following))
      continue;  // 2.5, 1.000
    if (cp == '.' && is_abbreviation(word_before(text, within.begin, start)))
      continue;
    sentences.push_back({sentence_begin, end});
    sentence_begin = following_begin;
    pos = following_begin;
  }
  if (sentence_begin < within.end)
    sentences.push_back({sentence_begin, within.end});
  return sentences;
}

const Span* sentence_at(const std::vector<Span>& sentences, std::size_t offset) {
  const auto next = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                     [](std::size_t at, Span s) { return at < s.begin; });
  if (next != sentences.begin() && std::prev(next)->contains(offset))
    return &*std::prev(next);
  return nullptr;
}

}  // namespace presscheck
