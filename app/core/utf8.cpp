#include "core/utf8.hpp"

#include <array>

namespace presscheck::utf8 {
namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// Length of a well-formed sequence at `pos`, or 0 when it is malformed (overlong forms,
// surrogates and code points past U+10FFFF are all rejected, as RFC 3629 asks).
std::size_t sequence_length(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  const std::size_t left = text.size() - pos;
  auto cont = [&](std::size_t i) {
    return is_continuation(static_cast<unsigned char>(text[pos + i]));
  };
  if (byte < 0x80)
    return 1;
  if (byte >= 0xC2 && byte <= 0xDF)
    return left >= 2 && cont(1) ? 2 : 0;
  if (byte >= 0xE0 && byte <= 0xEF) {
    if (left < 3 || !cont(1) || !cont(2))
      return 0;
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    if (byte == 0xE0 && second < 0xA0)
      return 0;
    if (byte == 0xED && second > 0x9F)
      return 0;
    return 3;
  }
  if (byte >= 0xF0 && byte <= 0xF4) {
    if (left < 4 || !cont(1) || !cont(2) || !cont(3))
      return 0;
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    if (byte == 0xF0 && second < 0x90)
      return 0;
    if (byte == 0xF4 && second > 0x8F)
      return 0;
    return 4;
  }
  return 0;
}

// Base letters of U+00C0..U+00FF and U+0100..U+017F once accents are stripped; '*' marks a
// code point that is not a letter or that folds to two letters (handled in fold_into).
constexpr std::string_view kLatin1 =
    "aaaaaa*ceeeeiiiidnooooo*ouuuuy*"
    "*aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo"
    "**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

}  // namespace

std::optional<std::size_t> first_invalid(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t length = sequence_length(text, pos);
    if (length == 0)
      return pos;
    pos += length;
  }
  return std::nullopt;
}

char32_t next(std::string_view text, std::size_t& pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    ++pos;
    return byte;
  }
  std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
  if (pos + length > text.size())
    length = text.size() - pos;
  char32_t cp = byte & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i)
    cp = (cp << 6) | (text[pos + i] & 0x3F);
  pos += length;
  return cp;
}

char32_t previous(std::string_view text, std::size_t& pos) {
  std::size_t start = pos - 1;
  while (start > 0 && is_continuation(static_cast<unsigned char>(text[start])))
    --start;
  std::size_t cursor = start;
  const char32_t cp = next(text, cursor);
  pos = start;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text)
    count += !is_continuation(static_cast<unsigned char>(c));
  return count;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp == 0xAA || cp == 0xB5 || cp == 0xBA)
    return true;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
    return false;
  // General punctuation, symbols, arrows and CJK punctuation are not letters; the other
  // blocks used in news copy (Latin, Greek, Cyrillic, combining accents, CJK) are.
  if (cp >= 0x2000 && cp <= 0x2BFF)
    return false;
  if (cp >= 0x3000 && cp <= 0x303F)
    return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F)
    return false;
  if (cp >= 0xFF00 && cp <= 0xFF20)
    return false;
  return true;
}

bool is_digit(char32_t cp) {
  return cp >= '0' && cp <= '9';
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007 || cp == 0x200B ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000 || cp == 0xFEFF;
}

bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == '`' || cp == 0xB4;
}

void fold_into(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return;
  }
  if (is_apostrophe(cp)) {
    out += '\'';
    return;
  }
  switch (cp) {
    case 0xC6:
    case 0xE6:
      out += "ae";
      return;
    case 0x152:
    case 0x153:
      out += "oe";
      return;
    case 0xDF:
      out += "ss";
      return;
    case 0x132:
    case 0x133:
      out += "ij";
      return;
    default:
      break;
  }
  if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0] != '*') {
    out += kLatin1[cp - 0xC0];
    return;
  }
  if (cp >= 0x100 && cp <= 0x17F && kLatinExtendedA[cp - 0x100] != '*') {
    out += kLatinExtendedA[cp - 0x100];
    return;
  }
  if (cp >= 0x391 && cp <= 0x3A9)
    cp += 0x20;  // Greek capitals
  else if (cp >= 0x410 && cp <= 0x42F)
    cp += 0x20;  // Cyrillic capitals
  else if (cp >= 0x400 && cp <= 0x40F)
    cp += 0x50;
  else if (cp >= 0x300 && cp <= 0x36F)
    return;  // combining accents
  append(out, cp);
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size())
    fold_into(out, next(text, pos));
  return out;
}

}  // namespace presscheck::utf8
