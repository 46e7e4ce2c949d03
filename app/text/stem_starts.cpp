#include "text/stem_starts.hpp"

namespace presscheck {
namespace {

bool ascii_letter(char c) {
  return c >= 'a' && c <= 'z';
}

// The second letter as the rule compares it: "dying" stems to "die".
std::size_t second_letter(char c) {
  return static_cast<std::size_t>((c == 'y' ? 'i' : c) - 'a');
}

}  // namespace

void StemStarts::add(std::string_view stem) {
  if (stem.empty() || !ascii_letter(stem[0]))
    return;  // no word that starts with two ASCII letters stems to it
  if (stem.size() == 1)
    starts_.set(slot(stem[0], kNoSecond));
  else if (ascii_letter(stem[1]))
    starts_.set(slot(stem[0], second_letter(stem[1])));
}

bool StemStarts::may_stem_into(std::string_view folded) const {
  if (folded.size() < 3 || !ascii_letter(folded[0]) || !ascii_letter(folded[1]))
    return true;
  return starts_.test(slot(folded[0], second_letter(folded[1]))) ||
         starts_.test(slot(folded[0], kNoSecond));
}

}  // namespace presscheck
