#include "config/glob.hpp"

#include <fmt/format.h>
#include <fnmatch.h>
#include <locale.h>

#include "config/brace_expansion.hpp"

namespace presscheck {
namespace {

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = text.find('/', start);
    const std::string_view part = text.substr(start, slash - start);
    if (!part.empty() && part != ".")
      parts.push_back(part);
    if (slash == std::string_view::npos)
      return parts;
    start = slash + 1;
  }
}

/// Makes fnmatch(3) read names as UTF-8 on this thread while it lives, so that `?` and
/// `[é]` take a character, not a byte, whatever locale the program was started in.
class Utf8Matching {
 public:
  Utf8Matching() : previous_(utf8_locale() != nullptr ? uselocale(utf8_locale()) : nullptr) {}
  ~Utf8Matching() {
    if (previous_ != nullptr)
      uselocale(previous_);
  }
  Utf8Matching(const Utf8Matching&) = delete;
  Utf8Matching& operator=(const Utf8Matching&) = delete;

 private:
  // Made once and kept for the process; C.UTF-8 is built into glibc since 2.35.
  static locale_t utf8_locale() {
    static const locale_t locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t{});
    return locale;
  }

  locale_t previous_;
};

bool name_matches(const std::string& pattern, std::string_view name) {
  // No FNM_PERIOD: in git's rules `*` matches a leading dot too.
  return fnmatch(pattern.c_str(), std::string(name).c_str(), FNM_PATHNAME) == 0;
}

}  // namespace

std::optional<Glob> Glob::compile(std::string_view pattern, std::string& error) {
  const auto expanded = expand_braces(pattern, kMaxAlternatives);
  if (!expanded) {
    error = fmt::format("its braces expand to more than {} patterns", kMaxAlternatives);
    return std::nullopt;
  }
  Glob glob;
  glob.text_ = std::string(pattern);
  for (const std::string& alternative : *expanded)
    glob.alternatives_.push_back(parse(alternative));
  return glob;
}

Glob::Alternative Glob::parse(std::string_view pattern) {
  Alternative alternative;
  alternative.folders_only = pattern.ends_with('/');
  while (pattern.ends_with('/'))
    pattern.remove_suffix(1);
  // As in .gitignore, a pattern with no `/` but a trailing one names a file or folder
  // at any depth; any other `/` ties it to the configuration's folder.
  if (pattern.find('/') == std::string_view::npos)
    alternative.segments.push_back({"", true});
  for (const std::string_view part : split(pattern)) {
    const bool folders = part == "**";
    if (folders && !alternative.segments.empty() && alternative.segments.back().folders)
      continue;
    alternative.segments.push_back({folders ? std::string() : std::string(part), folders});
  }
  return alternative;
}

// Walks the segments and the names together, keeping every segment the names so far can
// have reached (at most one per segment): linear in names × segments, whatever the `**`.
bool Glob::matches(const Alternative& alternative, const std::vector<std::string_view>& names) {
  const std::vector<Segment>& segments = alternative.segments;
  const std::size_t count = segments.size();
  // A `**` may stand for no folder at all, except at the end, where it is what is inside.
  auto skip_empty_folders = [&](std::vector<char>& reached) {
    for (std::size_t at = 0; at + 1 < count; ++at) {
      if (reached[at] && segments[at].folders)
        reached[at + 1] = 1;
    }
  };
  std::vector<char> reached(count + 1, 0);
  reached[0] = 1;
  skip_empty_folders(reached);
  for (const std::string_view name : names) {
    std::vector<char> next(count + 1, 0);
    for (std::size_t at = 0; at < count; ++at) {
      if (!reached[at])
        continue;
      if (segments[at].folders) {
        next[at] = 1;
        if (at + 1 == count)
          next[count] = 1;
      } else if (name_matches(segments[at].text, name)) {
        next[at + 1] = 1;
      }
    }
    skip_empty_folders(next);
    reached.swap(next);
  }
  return reached[count] != 0;
}

bool Glob::matches(std::string_view path, bool is_folder) const {
  const std::vector<std::string_view> names = split(path);
  const Utf8Matching utf8;
  for (const Alternative& alternative : alternatives_) {
    if ((is_folder || !alternative.folders_only) && matches(alternative, names))
      return true;
  }
  return false;
}

bool glob_matches(std::string_view pattern, std::string_view path) {
  std::string error;
  const std::optional<Glob> glob = Glob::compile(pattern, error);
  return glob && glob->matches(path);
}

}  // namespace presscheck
