#include "checks/fact_value_mismatch.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "analysis/fact_evidence.hpp"
#include "analysis/fact_time.hpp"
#include "analysis/verdict_rules.hpp"
#include "checks/report.hpp"
#include "extract/agreement.hpp"
#include "extract/claim.hpp"

namespace presscheck {
namespace {

// A fact about a moment (a fine, a vote) is the one meant when the sentence dates it the
// same way, or when the article appears within this many days after it.
constexpr int kRecentEventDays = 183;

int days_between(const Date& earlier, const Date& later) {
  auto days = [](const Date& d) {
    return d.year * 372 + (d.month > 0 ? d.month - 1 : 0) * 31 + (d.day > 0 ? d.day - 1 : 0);
  };
  return days(later) - days(earlier);
}

bool same_event(const ValueClaim& claim, const facts::Statement& statement, const Date& at) {
  if (!statement.point_in_time)
    return true;
  const Date& when = *statement.point_in_time;
  for (const Value* date : claim.dates) {
    if (date != claim.value && date->date && date->date->agrees_with(when))
      return true;
  }
  const int days = days_between(when, at);
  return days >= 0 && days <= kRecentEventDays;
}

bool value_agrees(const Value& written, const facts::Value& actual) {
  switch (actual.type) {
    case facts::ValueType::money:
      if (!written.currency.empty() && written.currency != actual.unit)
        return true;  // converted
      return agrees(written, actual.number);
    case facts::ValueType::quantity:
    case facts::ValueType::percent:
      return agrees(written, actual.number);
    case facts::ValueType::date:
      return agrees(written, actual.date);
    default:
      return true;
  }
}

}  // namespace

const RuleInfo& FactValueMismatch::info() const {
  static const RuleInfo kInfo{
      verdict_rules::kValueMismatch, Severity::error,
      "un montant, un nombre, un pourcentage ou une date contredit la base de faits",
      "an amount, quantity, percentage or date contradicts the fact base"};
  return kInfo;
}

void FactValueMismatch::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  if (context.extraction == nullptr || context.facts == nullptr)
    return;
  const Document& doc = context.document;
  const facts::FactBase& base = context.facts->base();
  const Date at = article_date(doc);
  const Reporter report(info(), context, out);
  for (const ValueClaim& claim :
       read_value_claims(context.analysis, *context.extraction, *context.facts)) {
    std::vector<facts::Statement> statements =
        base.best_statements(claim.entity, claim.property, at);
    statements.erase(
        std::remove_if(statements.begin(), statements.end(),
                       [&](const facts::Statement& s) { return !same_event(claim, s, at); }),
        statements.end());
    if (statements.empty())
      continue;
    const bool agrees_with_one =
        std::any_of(statements.begin(), statements.end(),
                    [&](const facts::Statement& s) { return value_agrees(*claim.value, s.value); });
    if (agrees_with_one)
      continue;
    const facts::Statement& fact = statements.front();
    const std::string written(doc.slice(claim.value->span));
    const std::string entity = entity_name(base, claim.entity, doc.lang);
    const std::string label = property_label(base, claim.property, doc.lang);
    const std::string value = show_value(base, fact.value, doc.lang);
    const std::string when = describe_validity(fact, doc.lang);
    report(claim.value->span, "« {} » contredit la base de faits : {} de {} = {} ({})",
           "\"{}\" contradicts the fact base: {} of {} = {} ({})", written, label, entity, value,
           when)
        .fact(fact_evidence(base, fact, doc.lang));
  }
}

}  // namespace presscheck
