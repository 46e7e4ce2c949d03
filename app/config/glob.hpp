#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presscheck {

/// A glob of `include` or `exclude`, matched against `/`-separated paths relative to the
/// configuration's folder. The rules are git's, as in .gitignore: `*` is any run of
/// characters within one name, `?` one character, `[0-9]` and `[!a-z]` a class, `\` quotes
/// the next character; `**/` at the start or `/**/` inside is any number of whole folders
/// and `/**` at the end everything inside; a pattern without `/` matches the name at any
/// depth; a leading `/` only anchors; a trailing `/` matches folders only. Braces `{a,b}`
/// (nested too) are expanded first into alternatives.
class Glob {
 public:
  /// More alternatives than this (`{a,b}{c,d}…` multiplies) and the pattern is refused.
  static constexpr std::size_t kMaxAlternatives = 256;

  /// Compiles `pattern`, or says why it cannot be used.
  static std::optional<Glob> compile(std::string_view pattern, std::string& error);

  /// Whether `path` (a file, or a folder when `is_folder`) matches one alternative.
  bool matches(std::string_view path, bool is_folder = false) const;

  /// The pattern as written.
  const std::string& text() const { return text_; }

 private:
  struct Segment {
    std::string text;      // an fnmatch(3) pattern for one name, unless `folders`
    bool folders = false;  // `**`: any number of whole folders
  };
  struct Alternative {
    std::vector<Segment> segments;
    bool folders_only = false;  // written with a trailing `/`
  };

  static Alternative parse(std::string_view pattern);
  static bool matches(const Alternative& alternative, const std::vector<std::string_view>& names);

  std::string text_;
  std::vector<Alternative> alternatives_;
};

/// One-off match of a pattern (that must compile) against a path, for tests and tools.
bool glob_matches(std::string_view pattern, std::string_view path);

}  // namespace presscheck
