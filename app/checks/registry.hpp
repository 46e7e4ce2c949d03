#pragma once

#include <memory>
#include <vector>

#include "checks/check.hpp"

namespace presscheck {

/// Every check, in alphabetical order of rule id.
const std::vector<std::unique_ptr<Check>>& all_checks();

/// Every rule id presscheck can report: the checks' and the input readers' (input.*).
const std::vector<RuleInfo>& all_rule_infos();
const RuleInfo* find_rule_info(std::string_view id);

}  // namespace presscheck
