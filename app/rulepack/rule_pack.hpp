#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "rulepack/pattern_rule.hpp"

namespace presscheck {

/// The rules of one TOML file, all in one language.
struct RulePack {
  std::string file;
  Lang lang = Lang::fr;
  std::vector<PatternRule> rules;
};

/// Loads one pack strictly. Every problem is appended to `errors` as a compiler-style
/// `file:line:col: error: …` line followed by the offending source line; a pack with
/// problems is returned without its faulty rules.
RulePack load_rule_pack(const std::filesystem::path& file, Lang lang,
                        std::vector<std::string>& errors);

/// Splits an example into its text and the span marked with [ ]; \[ and \] are literal.
/// Returns false when the brackets are unbalanced or more than one span is marked.
bool parse_marked_example(std::string_view marked, std::string& text, std::optional<Span>& span);

}  // namespace presscheck
