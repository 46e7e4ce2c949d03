#include "checks/consistency_date.hpp"

#include <fmt/format.h>

#include "checks/value_pairing.hpp"
#include "extract/agreement.hpp"

namespace presscheck {
namespace {

// A date at month precision or finer: « en 2019 » agrees with any day of the year, and
// would silence every finding in an article that names its year.
bool is_dated(const Value& value) {
  return value.kind == ValueKind::date && value.date &&
         value.date->date.precision != Precision::year;
}

std::string message(const Document& doc, Part part, std::string_view top, std::string_view body) {
  const std::string_view where = block_name(part, doc.lang);
  if (doc.lang == Lang::fr)
    return fmt::format("{} donne la date « {} » là où le corps donne « {} »", where, top, body);
  return fmt::format("{} gives the date \"{}\" where the body gives \"{}\"", where, top, body);
}

}  // namespace

const RuleInfo& ConsistencyDate::info() const {
  static const RuleInfo kInfo{
      "consistency.date", Severity::error,
      "une date du titre ou du chapô diffère de celle que le corps donne pour le même événement",
      "a date in the headline or standfirst differs from the one the body gives for the same "
      "event"};
  return kInfo;
}

void ConsistencyDate::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  const Document& doc = context.document;
  PairingRules rules;
  // Relative dates (« lundi », "last week") mostly say when something was said, not when
  // it happened; a year alone is too coarse to tell events apart.
  rules.accepts = [](const Value& value, Part) { return is_dated(value) && !value.date->relative; };
  rules.comparable = [](const Value&, const Value&) { return true; };
  rules.may_agree = is_dated;
  rules.agree = [](const Value& top, const Value& body) { return agrees(top, body); };
  for (const Contradiction& found : contradicted_values(context, rules)) {
    const std::string_view top = doc.slice(written_span(*found.top));
    const std::string_view body = doc.slice(written_span(*found.body));
    out.push_back(contradiction_finding(info(), found, message(doc, found.part, top, body),
                                        doc.lang == Lang::fr
                                            ? fmt::format("le corps donne la date « {} »", body)
                                            : fmt::format("the body gives the date \"{}\"", body)));
  }
}

}  // namespace presscheck
