#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace presscheck {

/// How to complete the end of a line with a name: replace the bytes from `from` to the
/// end with `text` when it is set, else show `matches` to choose from.
struct Completion {
  std::size_t from = 0;
  std::string text;
  std::vector<std::string> matches;
};

/// Completes names ignoring case and accents, with the names sorted by their folded key
/// once so that each completion is a binary search, even over a base of a million facts.
class NameCompleter {
 public:
  explicit NameCompleter(const std::vector<std::string>& names);

  /// Completes the end of `line` (the text before the cursor): the longest tail of the
  /// line, starting at a word, that begins a name. One name matching gives it; several
  /// give the text they share when it is longer than what is typed, else the list (at
  /// most `max_listed`). Empty when nothing matches.
  Completion complete(std::string_view line, std::size_t max_listed = 40) const;

 private:
  std::vector<std::pair<std::string, std::string>> by_key_;  // folded key, name
};

}  // namespace presscheck
