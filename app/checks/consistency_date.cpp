#include "checks/consistency_date.hpp"

#include <fmt/format.h>

#include "analysis/date_pairing.hpp"
#include "checks/report.hpp"

namespace presscheck {
namespace {

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
  std::vector<Contradiction> contradictions = contradicted_values(context, day_pairing(doc));
  for (Contradiction& found : contradicted_values(context, year_pairing(doc)))
    contradictions.push_back(found);
  const Reporter report(info(), context, out);
  for (const Contradiction& found : contradictions) {
    const Span top = written_span(*found.top);
    const Span body = written_span(*found.body);
    report(top, message(doc, found.part, doc.slice(top), doc.slice(body)))
        .evidence(body, "le corps donne la date « {} »", "the body gives the date \"{}\"",
                  doc.slice(body));
  }
}

}  // namespace presscheck
