#pragma once

#include <bitset>
#include <cstddef>
#include <string_view>

namespace presscheck {

/// The first two letters of a set of stems, to tell without stemming a word that its stem
/// cannot be one of them: stemming every word of a French draft is a tenth of its lint.
///
/// Why two letters are enough: the French and English Snowball stemmers change a word only
/// inside regions that start after its second letter (suffixes, doubled letters, a final
/// `y`), so a folded word of three letters or more that starts with two ASCII letters
/// starts its stem with the same two, or with the first alone when the stem is one letter
/// long. The English stemmer's only exceptions are "dying", "lying" and "tying" (-> "die",
/// "lie", "tie"), so a second letter `y` counts as `i` here. The `StemStarts` tests check this
/// rule on every word of the samples and on the stemmers' suffixes after every one- and
/// two-letter start.
class StemStarts {
 public:
  /// Remembers how `stem` starts.
  void add(std::string_view stem);

  /// False only when the stem of `folded` (a word folded as `Token::folded`) cannot be one
  /// of the stems added; true for a word of fewer than three letters or one that does not
  /// start with two ASCII letters, which the rule above does not cover.
  bool may_stem_into(std::string_view folded) const;

 private:
  static constexpr std::size_t kNoSecond = 26;  // the stem is one letter long
  static std::size_t slot(char first, std::size_t second) {
    return static_cast<std::size_t>(first - 'a') * 27 + second;
  }

  std::bitset<26 * 27> starts_;
};

}  // namespace presscheck
