#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace presscheck::utf8 {

/// Offset of the first byte that does not start a well-formed UTF-8 sequence, if any.
std::optional<std::size_t> first_invalid(std::string_view text);

/// Decodes the code point at `pos` and moves `pos` past it. The text must be valid UTF-8.
char32_t next(std::string_view text, std::size_t& pos);

/// Decodes the code point that ends at `pos` and moves `pos` back to its first byte.
char32_t previous(std::string_view text, std::size_t& pos);

void append(std::string& out, char32_t cp);
std::size_t count_code_points(std::string_view text);

/// Letters of any script and combining accents; not the modifier letter apostrophe ʼ.
bool is_letter(char32_t cp);
/// Upper-case and title-case letters of any script (« É », « Ł », "Σ").
bool is_upper(char32_t cp);
bool is_digit(char32_t cp);
inline bool is_word_char(char32_t cp) {
  return is_letter(cp) || is_digit(cp);
}
/// The spaces between words in typeset copy: ASCII space and tab, the no-break spaces of
/// French typography (U+00A0, U+202F), the thin and other sized spaces (U+2000 to U+200A),
/// U+205F, the ideographic space U+3000, and line breaks (\n, \r, \f, \v, U+2028,
/// U+2029). Rule packs match exactly these with the built-in `{space}` macro.
inline bool is_unicode_space(char32_t cp) {
  if (cp < 0x80)
    return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}
/// Every character that separates words: is_unicode_space, plus NEL, the Ogham space mark
/// and the zero-width separators (U+200B, U+FEFF) some CMS exports insert.
bool is_space(char32_t cp);
/// Straight and typographic apostrophes, which are also single quotation marks.
bool is_apostrophe(char32_t cp);

/// Lower case without accents, for matching words written differently: « Été » -> "ete",
/// « Nguyễn » -> "nguyen", « Nicușor » -> "nicusor". utf8proc does the work (compatibility
/// decomposition, case folding, marks and default-ignorable characters removed, spaces,
/// apostrophes and dashes lumped into ' ', '\'' and '-'); a few letters Unicode does not
/// decompose are spelt plainly (æ ae, œ oe, ø o, ð đ d, ł l, þ th, ħ h, ŧ t, ı i). ASCII
/// letters only change case, so an ASCII text keeps its length and offsets.
std::string fold(std::string_view text);
/// Appends the folded form of one code point (nothing for a mark or an ignorable one).
void fold_into(std::string& out, char32_t cp);

}  // namespace presscheck::utf8
