#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace presscheck {

/// How serious a finding is; the order matters for --fail-level.
enum class Severity { info, warning, error };

std::optional<Severity> parse_severity(std::string_view name);
std::string_view severity_name(Severity severity);

/// A place in the same document that supports a finding, such as the body's quote.
struct Evidence {
  Span span;
  std::string message;  // in the document's language: what this place shows
};

/// A curated fact a finding rests on, with its validity and source.
struct FactEvidence {
  std::string id;
  std::string value;  // as shown to users
  std::string valid_from;
  std::string valid_to;
  std::string point_in_time;
  std::string source_url;
  std::string source_title;
};

/// A correction that is certain: the bytes it replaces and what replaces them. `span` is
/// into the same text as the finding's span (the file's bytes once linting is done).
struct Suggestion {
  Span span;
  std::string text;
  /// False when the file's bytes at `span` are not the words the check read (markup or an
  /// entity between them): the suggestion is then shown, but never applied as an edit.
  bool applicable = true;
};

/// One finding of one check on one document.
struct Diagnostic {
  std::string rule;
  Severity severity = Severity::warning;
  Span span;
  std::string message;  // in the document's language
  std::vector<Evidence> evidence;
  std::optional<FactEvidence> fact;
  std::optional<Suggestion> suggestion;
};

}  // namespace presscheck
