#pragma once

#include <memory>
#include <vector>

#include "checks/check.hpp"

namespace presscheck {

/// Every check, in alphabetical order of rule id.
const std::vector<std::unique_ptr<Check>>& all_checks();

/// Every check run once over one draft, their findings in the order of all_checks(): what
/// `lint` reports and what `verify` weighs the claims with.
std::vector<Diagnostic> run_checks(const CheckContext& context);

/// Every rule id presscheck can report: the checks' and the input readers' (input.*).
const std::vector<RuleInfo>& all_rule_infos();
const RuleInfo* find_rule_info(std::string_view id);

}  // namespace presscheck
