#include "analysis/quote_verdicts.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "analysis/fact_evidence.hpp"
#include "analysis/recorded_quotes.hpp"

namespace presscheck {

std::vector<ClaimVerdict> supported_quotes(const DraftContext& context,
                                           const std::vector<Diagnostic>& reported) {
  std::vector<ClaimVerdict> verdicts;
  const Document& doc = context.document;
  const facts::FactBase& base = context.facts->base();
  for (std::size_t b = 0; b < context.analysis.blocks.size(); ++b) {
    const BlockAnalysis& block = context.analysis.blocks[b];
    for (const Quote& quote : block.quotes) {
      if (std::any_of(reported.begin(), reported.end(),
                      [&](const Diagnostic& d) { return d.span.overlaps(quote.outer); }))
        continue;
      for (const RecordedMatch& match : match_recorded_quotes(context, b, quote)) {
        if (!match.agrees())
          continue;
        const std::string name = entity_name(base, match.speaker, doc.lang);
        const std::string when = match.said.said_on ? show_date(*match.said.said_on, doc.lang) : "";
        ClaimVerdict verdict;
        verdict.kind = VerdictKind::supported;
        verdict.span = quote.outer;
        verdict.message =
            doc.lang == Lang::fr
                ? fmt::format("propos enregistrés ({}, {}) : « {} »", name, when, match.said_text)
                : fmt::format("words on record ({}, {}): \"{}\"", name, when, match.said_text);
        verdict.fact = recorded_quote_evidence(base, match.said);
        verdicts.push_back(std::move(verdict));
        break;
      }
    }
  }
  return verdicts;
}

}  // namespace presscheck
