#pragma once

#include <map>
#include <string>

namespace presscheck {

/// Macros every rule pack may use without defining them; a pack's own macro of the same
/// name wins.
///
/// - `{wordchar}`: one character of a word, as presscheck counts them everywhere else
///   (utf8::is_word_char: letters of any script, digits, combining accents);
/// - `{nonword}`: one character that is not;
/// - `{space}`: one space between words, typeset or not (utf8::is_unicode_space: ASCII
///   space, tab and line breaks, the no-break spaces U+00A0 and U+202F, the thin and other
///   sized spaces U+2000 to U+200A, U+205F, U+3000, U+2028, U+2029), where RE2's `\s`
///   knows only ASCII and misses « ne prend pas » typeset with no-break spaces;
/// - `{apos}`: one apostrophe, straight or typographic (utf8::is_apostrophe: ' ’ ‘ ʼ ` ´),
///   so that l'UE, l’UE and lʼUE read the same.
///
/// RE2 builds Unicode classes such as \pL from its tables at each compilation, about half a
/// millisecond each, so that a pack written with \pL spent most of presscheck's start-up
/// compiling them. These classes say the same with a dozen ranges and compile in
/// microseconds.
const std::map<std::string, std::string>& builtin_macros();

}  // namespace presscheck
