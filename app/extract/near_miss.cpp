#include "extract/near_miss.hpp"

#include <string>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

std::u32string code_points(std::string_view text) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < text.size())
    out.push_back(utf8::next(text, pos));
  return out;
}

}  // namespace

bool one_edit_apart(std::string_view a, std::string_view b) {
  const std::u32string x = code_points(a);
  const std::u32string y = code_points(b);
  const std::u32string& longer = x.size() >= y.size() ? x : y;
  const std::u32string& shorter = x.size() >= y.size() ? y : x;
  if (longer.size() - shorter.size() > 1 || x == y)
    return false;
  std::size_t i = 0;
  while (i < shorter.size() && longer[i] == shorter[i])
    ++i;
  if (longer.size() != shorter.size())
    return longer.compare(i + 1, std::u32string::npos, shorter, i) == 0;
  if (longer.compare(i + 1, std::u32string::npos, shorter, i + 1) == 0)
    return true;  // one letter changed
  return i + 1 < longer.size() && longer[i] == shorter[i + 1] && longer[i + 1] == shorter[i] &&
         longer.compare(i + 2, std::u32string::npos, shorter, i + 2) == 0;
}

bool is_latin_capital(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z')
    return true;
  if (cp >= 0xC0 && cp <= 0xDE)
    return cp != 0xD7;  // × sits among the capitals
  // Latin Extended-A pairs each capital with its small letter; the capital comes first,
  // on even code points except in the two runs where the pairs start on odd ones.
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
    return cp % 2 == 1;
  if (cp >= 0x100 && cp <= 0x177)
    return cp % 2 == 0 && cp != 0x138;
  return false;
}

}  // namespace presscheck
