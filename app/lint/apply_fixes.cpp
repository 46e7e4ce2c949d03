#include "lint/apply_fixes.hpp"

#include <algorithm>
#include <tuple>

namespace presscheck {

FixedText apply_fixes(std::string_view text, const std::vector<const Diagnostic*>& diagnostics) {
  std::vector<const Suggestion*> edits;
  for (const Diagnostic* d : diagnostics) {
    if (d->suggestion && d->suggestion->applicable && d->suggestion->span.end <= text.size() &&
        d->suggestion->span.begin <= d->suggestion->span.end)
      edits.push_back(&*d->suggestion);
  }
  std::sort(edits.begin(), edits.end(), [](const Suggestion* a, const Suggestion* b) {
    return std::tie(a->span.begin, a->span.end, a->text) <
           std::tie(b->span.begin, b->span.end, b->text);
  });
  FixedText out;
  std::size_t copied = 0;  // bytes of `text` already handled
  const Suggestion* last = nullptr;
  for (const Suggestion* edit : edits) {
    // Two findings may suggest the very same edit (two checks, one name): it counts once.
    if (last != nullptr && last->span == edit->span && last->text == edit->text)
      continue;
    if (edit->span.begin < copied) {
      ++out.skipped;
      continue;
    }
    out.text.append(text.substr(copied, edit->span.begin - copied));
    out.text.append(edit->text);
    copied = edit->span.end;
    last = edit;
    ++out.applied;
  }
  out.text.append(text.substr(copied));
  return out;
}

}  // namespace presscheck
