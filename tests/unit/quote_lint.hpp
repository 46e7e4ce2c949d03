#pragma once
// What the quote checks report on a small draft, without a fact base: shared by the tests of
// headline.negated-quote and quote.not-in-body.

#include <ostream>
#include <string>
#include <vector>

#include "bundled_rules.hpp"
#include "lint/lint_runner.hpp"

namespace presscheck::testing_support {

/// One finding as a reader sees it: where, what, and the text its first evidence points at.
struct QuoteFinding {
  std::string rule;
  std::size_t line;
  std::size_t column;
  std::string message;
  std::string evidence;
  friend bool operator==(const QuoteFinding&, const QuoteFinding&) = default;
  friend std::ostream& operator<<(std::ostream& out, const QuoteFinding& f) {
    return out << f.rule << "@" << f.line << ":" << f.column << " " << f.message << " | "
               << f.evidence;
  }
};

/// Every finding of `draft`, linted as draft.md with the bundled rules.
inline std::vector<QuoteFinding> lint_quotes(const std::string& draft) {
  LintSettings settings;
  settings.rules = bundled_rules_ptr();
  const FileReport report = lint_text("draft.md", draft, settings);
  std::vector<QuoteFinding> findings;
  for (const LocatedDiagnostic& d : report.diagnostics) {
    findings.push_back({d.diagnostic.rule, d.location.line, d.location.column, d.diagnostic.message,
                        d.evidence.empty() ? "" : d.evidence.front().text});
  }
  return findings;
}

/// A Markdown draft whose front matter gives the language, the headline and, when not
/// empty, the standfirst; both are single-quoted YAML, so a ' is written ''.
inline std::string quote_draft(const std::string& lang, const std::string& title,
                               const std::string& body, const std::string& standfirst = "") {
  std::string out = "---\nlang: " + lang + "\ntitle: '" + title + "'\n";
  if (!standfirst.empty())
    out += "standfirst: '" + standfirst + "'\n";
  return out + "---\n\n" + body + "\n";
}

}  // namespace presscheck::testing_support
