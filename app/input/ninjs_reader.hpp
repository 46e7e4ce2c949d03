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

/// The finding for a .json draft that does not parse (the parser's reason is in the
/// problem's detail) or is not a ninjs news item, worded in `lang`.
Diagnostic bad_ninjs_diagnostic(const InputProblem& problem, Lang lang);

/// Reads an IPTC ninjs news item, 1.x or 2.x. The headline is 1.x `headline`, else the 2.x
/// `headlines` item with role "main", "default" or none (else any but a subheadline); the
/// standfirst is `subheadline` or `description_text`, else a `headlines` item with role
/// "sub" or "subheadline", else a `descriptions` item ("summary", "lead"…); the body is
/// `body_text` (paragraphs at blank lines) or `body_html`, else a `bodies` item, plain text
/// or HTML by its `contenttype`. `language` gives the language and `versioncreated` (or
/// `firstcreated`) the date. The parser decodes the JSON strings; every position maps back
/// through their escapes to the file.
void read_ninjs(std::string bytes, ReadResult& result);

}  // namespace presscheck
