#pragma once

#include <map>
#include <string>

namespace presscheck {

/// Macros every rule pack may use without defining them; a pack's own macro of the same
/// name wins.
///
/// - `{wordchar}`: one character of a word, as presscheck counts them everywhere else
///   (utf8::is_word_char: letters of any script, digits, combining accents);
/// - `{nonword}`: one character that is not.
///
/// RE2 builds Unicode classes such as \pL from its tables at each compilation, about half a
/// millisecond each, so that a pack written with \pL spent most of presscheck's start-up
/// compiling them. These classes say the same with a dozen ranges and compile in
/// microseconds.
const std::map<std::string, std::string>& builtin_macros();

}  // namespace presscheck
