#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "bundled_rules.hpp"
#include "factbase/open_facts.hpp"
#include "lint/lint_runner.hpp"

namespace presscheck::testing_support {

/// What a user sees of one finding: where, what, the first note and the suggestion.
struct ClaimFinding {
  std::string rule;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;
  std::string evidence;  // the words the first note points at, or empty
  std::string note;      // the first note's message
  std::size_t evidence_line = 0;
  std::size_t evidence_column = 0;
  std::string suggestion;
  friend bool operator==(const ClaimFinding&, const ClaimFinding&) = default;
  friend std::ostream& operator<<(std::ostream& out, const ClaimFinding& f) {
    return out << f.rule << "@" << f.line << ":" << f.column << " " << f.message << " | "
               << f.evidence << " (" << f.note << ")@" << f.evidence_line << ":"
               << f.evidence_column << " | " << f.suggestion;
  }
};

/// The values extractors and the starter fact base, built once for all tests.
inline std::shared_ptr<const ClaimReaders> starter_readers() {
  static const auto readers = std::make_shared<const ClaimReaders>(
      bundled_rules_ptr(), std::make_shared<const FactIndex>(
                               std::make_shared<const facts::FactBase>(facts::open_facts(""))));
  return readers;
}

/// Lints a draft with the bundled rules, and with values and the starter base unless
/// `with_claims` is false; keeps the findings of `rule` only.
inline std::vector<ClaimFinding> lint_for(const std::string& rule, const std::string& draft,
                                          bool with_claims = true) {
  LintSettings settings;
  settings.rules = bundled_rules_ptr();
  if (with_claims)
    settings.readers = starter_readers();
  const FileReport report = lint_text("draft.md", draft, settings);
  std::vector<ClaimFinding> findings;
  for (const LocatedDiagnostic& d : report.diagnostics) {
    if (d.diagnostic.rule != rule)
      continue;
    ClaimFinding finding{d.diagnostic.rule, d.location.line, d.location.column,
                         d.diagnostic.message};
    if (!d.evidence.empty()) {
      finding.evidence = d.evidence.front().text;
      finding.note = d.evidence.front().message;
      finding.evidence_line = d.evidence.front().location.line;
      finding.evidence_column = d.evidence.front().location.column;
    }
    finding.suggestion = d.diagnostic.suggestion ? d.diagnostic.suggestion->text : "";
    findings.push_back(finding);
  }
  return findings;
}

/// A Markdown draft dated 2025-06-20, its title and standfirst in double quotes; the title is on
/// line 3, the standfirst (if any) on line 4, and the body on line 7 without a standfirst, 8 with
/// one.
inline std::string claim_draft(const std::string& lang, const std::string& title,
                               const std::string& body, const std::string& standfirst = "") {
  std::string out = "---\nlang: " + lang + "\ntitle: \"" + title + "\"\n";
  if (!standfirst.empty())
    out += "standfirst: \"" + standfirst + "\"\n";
  return out + "date: 2025-06-20\n---\n\n" + body + "\n";
}

}  // namespace presscheck::testing_support
