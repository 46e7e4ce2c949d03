#include "rulepack/builtin_macros.hpp"

namespace presscheck {
namespace {

// The ranges of utf8::is_word_char, written for RE2 (upper-case hex digits, so that no
// range reads as a macro name). A unit test holds the two together. The classes are
// matched without case folding, which would add the Kelvin, Ohm and Ångström signs.
constexpr const char* kWordRanges =
    R"(0-9A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{1FFF})"
    R"(\x{2C00}-\x{2FFF}\x{3040}-\x{FE2F}\x{FE50}-\x{FEFF}\x{FF21}-\x{10FFFF})";

}  // namespace

const std::map<std::string, std::string>& builtin_macros() {
  static const std::map<std::string, std::string> kMacros = {
      {"wordchar", std::string("(?-i:[") + kWordRanges + "])"},
      {"nonword", std::string("(?-i:[^") + kWordRanges + "])"},
  };
  return kMacros;
}

}  // namespace presscheck
