#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/span.hpp"
#include "input/mapped_text.hpp"

namespace presscheck {

/// The syntax a front matter block is written in, told by its fences.
enum class FrontMatterSyntax {
  yaml,  // between `---` lines
  toml,  // between `+++` lines (Hugo)
  json   // a JSON object opening the file (Hugo)
};

/// One top-level scalar of the front matter, decoded, with where each byte came from.
struct FrontMatterValue {
  MappedText text;       // the decoded value; each byte maps to the file bytes it came from
  std::size_t line = 0;  // 1-based line of the value in the file

  const std::string& value() const { return text.text(); }
};

/// Why a front matter block could not be read, in the parser's own words.
struct FrontMatterError {
  Span span;  // where the parser stopped, in the file
  std::string reason;
};

/// The front matter block that opens a draft.
struct FrontMatter {
  FrontMatterSyntax syntax = FrontMatterSyntax::yaml;
  Span span;  // from the opening fence to the end of the closing fence's line (for JSON, of
              // the line of the closing brace when nothing else is on it)
  bool closed = true;  // false when no closing fence (or brace) comes: span runs to the end
  // Set when the block does not parse, has a key twice, or a quoted YAML value runs to the
  // end of the block; the values read up to there stay.
  std::optional<FrontMatterError> error;
  std::map<std::string, FrontMatterValue, std::less<>> values;

  const FrontMatterValue* find(std::string_view key) const;
};

/// Reads front matter if `text` starts (after a byte-order mark) with a `---` or `+++`
/// line or a JSON object (`{` then a key). Only top-level scalars are kept, since no check
/// needs more: strings decoded, other scalars (dates, numbers, booleans) as written, YAML
/// and JSON nulls empty. Never throws; cost is linear in the size of the block.
std::optional<FrontMatter> read_front_matter(std::string_view text);

}  // namespace presscheck
