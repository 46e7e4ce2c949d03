#include "text/language_id.hpp"

#include <array>
#include <string>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

constexpr std::array<std::string_view, 24> kFrench = {
    "le",  "la",  "les", "des",  "est", "une", "du",   "et",  "que",  "qui", "dans", "pour",
    "pas", "sur", "au",  "avec", "ce",  "il",  "elle", "aux", "sont", "ont", "par",  "cette"};
constexpr std::array<std::string_view, 24> kEnglish = {
    "the", "of", "and", "to",   "in",   "is",  "that", "for", "on",  "with", "was",  "as",
    "it",  "by", "are", "this", "from", "has", "have", "be",  "its", "were", "will", "an"};

// The longest word of either list, in bytes: a longer word is not folded further.
constexpr std::size_t kLongestWord = 5;

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  for (std::string_view w : words) {
    if (w == word)
      return true;
  }
  return false;
}

}  // namespace

Lang detect_language(std::string_view text, Lang fallback) {
  // The first few thousand bytes are plenty and keep huge files cheap.
  constexpr std::size_t kSample = 8000;
  std::size_t end = std::min(text.size(), kSample);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    ++end;
  int french = 0;
  int english = 0;
  // Words as tokenize() finds and folds them, one at a time in one buffer: the guess needs
  // no list of tokens, and building one took 5 % of lint's time on French articles.
  std::string word;
  bool in_word = false;
  const auto count_word = [&] {
    french += contains(kFrench, word);
    english += contains(kEnglish, word);
    word.clear();
    in_word = false;
  };
  std::size_t pos = 0;
  while (pos < end) {
    const char32_t cp = utf8::next(text, pos);
    if (utf8::is_word_char(cp) || (in_word && cp >= 0x300 && cp <= 0x36F)) {
      in_word = true;
      if (word.size() <= kLongestWord)
        utf8::fold_into(word, cp);
    } else if (in_word) {
      count_word();
    }
  }
  if (in_word)
    count_word();
  if (french == english)
    return fallback;
  return french > english ? Lang::fr : Lang::en;
}

}  // namespace presscheck
