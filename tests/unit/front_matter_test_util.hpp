#pragma once

// Shared by the front matter tests: what part of the file a decoded value came from.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>

#include "core/line_index.hpp"
#include "input/front_matter.hpp"

namespace presscheck::front_matter_test {

/// The file text a span covers and where it starts, as "line:column" (code points).
using Origin = std::pair<std::string, std::string>;

inline Origin origin_of(std::string_view file, Span span) {
  const Position at = LineIndex(file).position(file, span.begin);
  return {std::string(file.substr(span.begin, span.size())),
          std::to_string(at.line) + ":" + std::to_string(at.column)};
}

/// Where the first occurrence of `part` in the decoded value came from in `file`.
inline Origin origin(std::string_view file, const FrontMatterValue& value, std::string_view part) {
  const std::size_t at = value.value().find(part);
  if (at == std::string::npos) {
    ADD_FAILURE() << "\"" << part << "\" is not in \"" << value.value() << "\"";
    return {};
  }
  return origin_of(file, value.text.to_source({at, at + part.size()}));
}

/// The front matter of `file`, or an empty one (and a failure) when it has none.
inline FrontMatter read(std::string_view file) {
  auto matter = read_front_matter(file);
  if (!matter) {
    ADD_FAILURE() << "no front matter in:\n" << file;
    return {};
  }
  return *matter;
}

/// The value of `key`, or an empty one (and a failure) when it is missing.
inline const FrontMatterValue& value_of(const FrontMatter& matter, std::string_view key) {
  static const FrontMatterValue missing;
  const FrontMatterValue* value = matter.find(key);
  if (value == nullptr)
    ADD_FAILURE() << "no key \"" << key << "\"";
  return value != nullptr ? *value : missing;
}

/// The error's position as "line:column" and its reason.
inline std::pair<std::string, std::string> error_of(std::string_view file,
                                                    const FrontMatter& matter) {
  if (!matter.error)
    return {"no error", ""};
  return {origin_of(file, matter.error->span).second, matter.error->reason};
}

}  // namespace presscheck::front_matter_test
