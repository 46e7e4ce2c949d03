#pragma once

#include <vector>

#include "checks/check.hpp"
#include "input/reader.hpp"

namespace presscheck {

/// The input.* rules: problems of the draft itself, found by the readers.
std::vector<RuleInfo> input_rule_infos();

/// The finding for one problem a reader found, worded in `lang`.
Diagnostic input_problem_diagnostic(const InputProblem& problem, Lang lang);

}  // namespace presscheck
