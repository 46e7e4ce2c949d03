#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "render/report.hpp"
#include "rulepack/rule_set.hpp"

namespace presscheck {

/// What every draft of one run is linted with.
struct LintSettings {
  std::shared_ptr<const RuleSet> rules;
  std::optional<Lang> lang;  // --lang: used when the front matter does not say
  unsigned jobs = 1;
};

/// The drafts to lint: files as given, folders walked for .md, .markdown and .txt, and "-"
/// for standard input. A path that does not exist is a usage error (UserError).
std::vector<std::string> collect_inputs(const std::vector<std::string>& args);

/// Lints one draft held in memory.
FileReport lint_text(const std::string& path, std::string bytes, const LintSettings& settings);

/// Lints every input, `settings.jobs` at a time; the reports come back in input order.
std::vector<FileReport> lint_inputs(const std::vector<std::string>& inputs,
                                    const LintSettings& settings);

}  // namespace presscheck
