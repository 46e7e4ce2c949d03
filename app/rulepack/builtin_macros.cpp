#include "rulepack/builtin_macros.hpp"

namespace presscheck {
namespace {

// The ranges of utf8::is_word_char, written for RE2 (upper-case hex digits, so that no
// range reads as a macro name). A unit test holds the two together. The classes are
// matched without case folding, which would add the Kelvin, Ohm and Ångström signs.
constexpr const char* kWordRanges =
    R"(0-9A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{2BB}\x{2BD}-\x{1FFF})"
    R"(\x{2C00}-\x{2FFF}\x{3040}-\x{FE2F}\x{FE50}-\x{FEFF}\x{FF21}-\x{10FFFF})";

// The characters of utf8::is_unicode_space, as one class of a few ranges: RE2 compiles it
// as fast as \s, where \p{Zs} would build a table.
constexpr const char* kSpace =
    R"([\x{9}-\x{D} \x{A0}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}])";

// The characters of utf8::is_apostrophe: straight, typographic (’ and the ‘ autocorrect
// sometimes leaves), the modifier letter ʼ, and the ` and ´ of typewriter habits.
constexpr const char* kApostrophe = R"(['`\x{B4}\x{2018}\x{2019}\x{2BC}])";

}  // namespace

const std::map<std::string, std::string>& builtin_macros() {
  static const std::map<std::string, std::string> kMacros = {
      {"wordchar", std::string("(?-i:[") + kWordRanges + "])"},
      {"nonword", std::string("(?-i:[^") + kWordRanges + "])"},
      {"space", kSpace},
      {"apos", kApostrophe},
  };
  return kMacros;
}

}  // namespace presscheck
