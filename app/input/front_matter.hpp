#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/span.hpp"

namespace presscheck {

/// One `key: value` of YAML front matter, decoded, with where its text stands in the file.
struct FrontMatterValue {
  std::string value;
  Span span;  // the value's characters in the file, quotes excluded
  std::size_t line = 0;
};

/// The front matter between the opening and closing `---` lines.
struct FrontMatter {
  Span span;  // from the opening `---` to the end of the closing line
  bool closed = true;
  std::map<std::string, FrontMatterValue, std::less<>> values;

  const FrontMatterValue* find(std::string_view key) const;
};

/// Reads front matter if `text` starts with a `---` line (after a byte-order mark). Only
/// top-level scalars are read: plain, quoted, and `>`/`|` block values; nested maps and
/// lists are skipped, since no check needs them.
std::optional<FrontMatter> read_front_matter(std::string_view text);

}  // namespace presscheck
