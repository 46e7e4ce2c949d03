#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/lang.hpp"
#include "core/line_index.hpp"
#include "core/span.hpp"

namespace presscheck {

/// The rule reporting a suppression comment that hides nothing, as the checks registry's
/// RuleInfo (a type this stage comes before, hence the template).
template <class RuleInfo>
RuleInfo unused_suppression_rule() {
  return {"suppression.unused", Severity::warning, "une suppression en commentaire ne masque rien",
          "an inline suppression hides no finding"};
}

/// One inline suppression: `<!-- presscheck-disable RULE[,RULE] -->` up to the next
/// `<!-- presscheck-enable -->` (or the end of the file), or
/// `<!-- presscheck-disable-next-line RULE -- reason -->` for the line after the comment.
/// In YAML or TOML front matter the same words follow a `#`.
struct Suppression {
  std::vector<std::string> rules;  // empty: every rule
  std::string reason;
  Span comment;  // where suppression.unused points
  Span covers;   // findings that start in here are hidden
};

/// Finds the suppression comments of a file's text (the source, as read from disk).
std::vector<Suppression> find_suppressions(std::string_view text, const LineIndex& lines);

/// Says whether a rule id exists, so that a misspelt suppression says so.
using KnownRule = bool (*)(std::string_view id);

/// Removes the findings the suppressions hide, then adds one suppression.unused finding,
/// worded in `lang`, for every rule of a suppression that hid nothing. Spans are offsets
/// into the text the suppressions were found in.
void apply_suppressions(const std::vector<Suppression>& suppressions, Lang lang,
                        KnownRule is_known_rule, std::vector<Diagnostic>& diagnostics);

}  // namespace presscheck
