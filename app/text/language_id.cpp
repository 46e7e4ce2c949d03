#include "text/language_id.hpp"

#include <array>
#include <string>

#include "text/token.hpp"

namespace presscheck {
namespace {

constexpr std::array<std::string_view, 24> kFrench = {
    "le",  "la",  "les", "des",  "est", "une", "du",   "et",  "que",  "qui", "dans", "pour",
    "pas", "sur", "au",  "avec", "ce",  "il",  "elle", "aux", "sont", "ont", "par",  "cette"};
constexpr std::array<std::string_view, 24> kEnglish = {
    "the", "of", "and", "to",   "in",   "is",  "that", "for", "on",  "with", "was",  "as",
    "it",  "by", "are", "this", "from", "has", "have", "be",  "its", "were", "will", "an"};

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
  for (const Token& token : tokenize(text, {0, end})) {
    french += contains(kFrench, token.folded);
    english += contains(kEnglish, token.folded);
  }
  if (french == english)
    return fallback;
  return french > english ? Lang::fr : Lang::en;
}

}  // namespace presscheck
