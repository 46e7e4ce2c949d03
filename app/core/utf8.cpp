#include "core/utf8.hpp"

#include <utf8proc.h>

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

// How utf8proc folds: compatibility decomposition (ligatures, full-width letters), case
// folding, accents and other marks removed, default-ignorable characters (soft hyphens,
// zero-width spaces) dropped, and its "lump" of look-alikes: every Unicode space becomes
// ' ', typographic apostrophes '\'', dashes '-'.
constexpr auto kFoldOptions =
    static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                   UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_LUMP);

// Longer than any decomposition Unicode has (U+FDFA gives 18 code points).
constexpr std::size_t kMaxFolded = 32;

// Letters that Unicode does not split into a base letter and a mark, but that copy written
// on a plain keyboard spells with plain letters: « cœur » as "coeur", « Wałęsa » as
// "Walesa", « Søren » as "Soren". Given in the lower case utf8proc folds to.
std::string_view plain_spelling(char32_t cp) {
  switch (cp) {
    case 0xE6:  // æ
      return "ae";
    case 0xF0:   // ð
    case 0x111:  // đ
      return "d";
    case 0xF8:  // ø
      return "o";
    case 0xFE:  // þ
      return "th";
    case 0x127:  // ħ
      return "h";
    case 0x131:  // dotless ı
      return "i";
    case 0x142:  // ł
      return "l";
    case 0x153:  // œ
      return "oe";
    case 0x167:  // ŧ
      return "t";
    default:
      return {};
  }
}

void append_folded(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (const std::string_view plain = plain_spelling(cp); !plain.empty()) {
    out += plain;
  } else {
    append(out, cp);
  }
}

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
  if (cp == 0x2BC)
    return false;  // the modifier letter apostrophe, which French copy uses as one
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

bool is_upper(char32_t cp) {
  return utf8proc_isupper(static_cast<utf8proc_int32_t>(cp)) != 0;
}

bool is_digit(char32_t cp) {
  return cp >= '0' && cp <= '9';
}

bool is_space(char32_t cp) {
  return is_unicode_space(cp) || cp == 0x85 || cp == 0x1680 || cp == 0x200B || cp == 0xFEFF;
}

bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == '`' || cp == 0xB4;
}

void fold_into(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return;
  }
  if (is_apostrophe(cp)) {  // utf8proc would make ´ a space
    out += '\'';
    return;
  }
  std::array<utf8proc_int32_t, kMaxFolded> folded;
  const utf8proc_ssize_t count = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(cp), folded.data(), folded.size(), kFoldOptions, nullptr);
  if (count < 0 || static_cast<std::size_t>(count) > folded.size()) {
    append(out, cp);  // not a character (a surrogate, past U+10FFFF): kept as it is
    return;
  }
  for (utf8proc_ssize_t i = 0; i < count; ++i)
    append_folded(out, static_cast<char32_t>(folded[i]));
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // most of a draft: no decoding, no table
      out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      ++pos;
    } else {
      fold_into(out, next(text, pos));
    }
  }
  return out;
}

}  // namespace presscheck::utf8
