#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace presscheck {

/// How one rule describes itself in machine-readable reports.
struct RuleDescription {
  std::string id;
  Severity default_severity = Severity::warning;
  std::string summary;     // one line, in English: the language of CI dashboards
  std::string summary_fr;  // the same in French, for the rule's longer description
};

/// What the SARIF and reviewdog reports say about the program that produced them.
struct ToolInfo {
  std::string name = "presscheck";
  std::string version;
  std::vector<RuleDescription> rules;  // every rule the program can report, sorted by id
};

}  // namespace presscheck
