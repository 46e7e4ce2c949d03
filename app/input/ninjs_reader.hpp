#pragma once

#include <string>

#include "input/reader.hpp"

namespace presscheck {

/// The rule for a .json draft that is not a ninjs object, as the checks registry's
/// RuleInfo (a type this stage comes before, hence the template).
template <class RuleInfo>
RuleInfo bad_ninjs_rule() {
  return {"input.bad-ninjs", Severity::error, "le fichier n'est pas un document ninjs lisible",
          "the file is not a readable ninjs document"};
}

/// The finding for a ninjs file that does not parse, worded in `lang`.
Diagnostic bad_ninjs_diagnostic(const InputProblem& problem, Lang lang);

/// Reads an IPTC ninjs JSON document: `headline`, `subheadline` or `description_text` as
/// the standfirst, `body_text` (paragraphs at blank lines) or `body_html`, `language`, and
/// `versioncreated` as the date. Every position maps back through the JSON escapes to
/// the file.
void read_ninjs(std::string bytes, ReadResult& result);

}  // namespace presscheck
