#include "checks/registry.hpp"

#include <algorithm>

#include "checks/claim_previously_checked.hpp"
#include "checks/consistency_date.hpp"
#include "checks/consistency_number.hpp"
#include "checks/fact_name_spelling.hpp"
#include "checks/fact_outdated_title.hpp"
#include "checks/fact_quote_mismatch.hpp"
#include "checks/fact_value_mismatch.hpp"
#include "checks/headline_negated_quote.hpp"
#include "checks/input_rules.hpp"
#include "checks/quote_not_in_body.hpp"
#include "input/ninjs_reader.hpp"

namespace presscheck {

const std::vector<std::unique_ptr<Check>>& all_checks() {
  static const std::vector<std::unique_ptr<Check>> checks = [] {
    std::vector<std::unique_ptr<Check>> list;
    list.push_back(std::make_unique<ClaimPreviouslyChecked>());
    list.push_back(std::make_unique<ConsistencyDate>());
    list.push_back(std::make_unique<ConsistencyNumber>());
    list.push_back(std::make_unique<FactNameSpelling>());
    list.push_back(std::make_unique<FactOutdatedTitle>());
    list.push_back(std::make_unique<FactQuoteMismatch>());
    list.push_back(std::make_unique<FactValueMismatch>());
    list.push_back(std::make_unique<HeadlineNegatedQuote>());
    list.push_back(std::make_unique<QuoteNotInBody>());
    return list;
  }();
  return checks;
}

std::vector<Diagnostic> run_checks(const CheckContext& context) {
  std::vector<Diagnostic> found;
  for (const auto& check : all_checks())
    check->run(context, found);
  return found;
}

const std::vector<RuleInfo>& all_rule_infos() {
  static const std::vector<RuleInfo> infos = [] {
    std::vector<RuleInfo> list = input_rule_infos();
    for (const auto& check : all_checks())
      list.push_back(check->info());
    list.push_back(unused_suppression_rule<RuleInfo>());
    list.push_back(bad_ninjs_rule<RuleInfo>());
    std::sort(list.begin(), list.end(),
              [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
    return list;
  }();
  return infos;
}

const RuleInfo* find_rule_info(std::string_view id) {
  for (const RuleInfo& info : all_rule_infos()) {
    if (info.id == id)
      return &info;
  }
  return nullptr;
}

}  // namespace presscheck
