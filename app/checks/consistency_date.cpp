#include "checks/consistency_date.hpp"

#include <fmt/format.h>

#include "checks/date_pairing.hpp"

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
  for (const Contradiction& found : contradictions) {
    const std::string_view top = doc.slice(written_span(*found.top));
    const std::string_view body = doc.slice(written_span(*found.body));
    out.push_back(contradiction_finding(info(), found, message(doc, found.part, top, body),
                                        doc.lang == Lang::fr
                                            ? fmt::format("le corps donne la date « {} »", body)
                                            : fmt::format("the body gives the date \"{}\"", body)));
  }
}

}  // namespace presscheck
