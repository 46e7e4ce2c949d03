#include "checks/consistency_number.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "analysis/figure_shape.hpp"
#include "analysis/value_pairing.hpp"
#include "checks/report.hpp"
#include "extract/agreement.hpp"

namespace presscheck {
namespace {

bool has_digit(std::string_view written) {
  return std::any_of(written.begin(), written.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A number from 1800 to 2100 written as four plain digits is a year far more often than a
// count ("HIGHER 1987 GROWTH"): consistency.date compares years. « 2.000 signatures » and
// "2,000 jobs" are counts.
bool is_year(const Document& doc, const Value& value) {
  constexpr std::size_t kYearDigits = 4;
  return value.kind == ValueKind::number && value.exact && *value.exact >= 1800 &&
         *value.exact <= 2100 && doc.slice(value.span).size() == kYearDigits;
}

// A slip of the pen misplaces a decimal comma or a scale word (« 45 millions » for « 4,5
// millions », million for billion); two values further apart than that count different
// things, whatever the words around them ("JAN 31 NET" over "Net 184.3 mln").
bool within_reach(double a, double b) {
  constexpr double kMaxRatio = 1000;
  const double low = std::min(std::abs(a), std::abs(b));
  const double high = std::max(std::abs(a), std::abs(b));
  return high <= low * kMaxRatio;
}

// « promet 3,4 milliards pour les hôpitaux » counts the euros the body writes out: a
// large bare number may be an amount whose currency the text gives elsewhere.
bool is_amount_of(const Value& bare, const Value& money) {
  constexpr double kLeastAmount = 1e6;
  return bare.kind == ValueKind::number && money.kind == ValueKind::money &&
         bare.number >= kLeastAmount;
}

std::string message(const Document& doc, Part part, std::string_view top, std::string_view body) {
  const std::string_view where = block_name(part, doc.lang);
  if (doc.lang == Lang::fr)
    return fmt::format("{} donne « {} » là où le corps donne « {} »", where, top, body);
  return fmt::format("{} says \"{}\" where the body says \"{}\"", where, top, body);
}

}  // namespace

const RuleInfo& ConsistencyNumber::info() const {
  static const RuleInfo kInfo{
      "consistency.number", Severity::error,
      "un nombre, un montant ou un pourcentage du titre ou du chapô diffère de celui que le "
      "corps donne pour la même chose",
      "a number, amount or percentage in the headline or standfirst differs from the one the "
      "body gives for the same thing"};
  return kInfo;
}

void ConsistencyNumber::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  const Document& doc = context.document;
  PairingRules rules;
  rules.accepts = [&doc](const Value& value, Part) {
    if (value.kind == ValueKind::date || is_glued(doc.text, value.span) || is_year(doc, value))
      return false;
    // « un », « une » and "one" are articles far more often than counts.
    return value.number >= 2 || has_digit(doc.slice(value.span));
  };
  rules.comparable = [](const Value& a, const Value& b) {
    const bool same_kind =
        (a.kind == b.kind && a.currency == b.currency) || is_amount_of(a, b) || is_amount_of(b, a);
    return same_kind && within_reach(a.number, b.number);
  };
  rules.may_agree = [](const Value& value) { return value.kind != ValueKind::date; };
  rules.agree = [](const Value& top, const Value& body) { return agrees(top, body); };
  rules.same_figure = [](const Value& top, const Value& body) {
    return agrees(top, body) && top.kind == body.kind && top.number == body.number &&
           top.resolution == body.resolution && !top.approximator && !body.approximator;
  };
  const Reporter report(info(), context, out);
  for (const Contradiction& found : contradicted_values(context, rules)) {
    const Span top = written_span(*found.top);
    const Span body = written_span(*found.body);
    report(top, message(doc, found.part, doc.slice(top), doc.slice(body)))
        .evidence(body, "le corps donne « {} »", "the body says \"{}\"", doc.slice(body));
  }
}

}  // namespace presscheck
