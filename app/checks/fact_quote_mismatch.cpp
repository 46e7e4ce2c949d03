#include "checks/fact_quote_mismatch.hpp"

#include <fmt/format.h>

#include "analysis/fact_evidence.hpp"
#include "analysis/recorded_quotes.hpp"
#include "analysis/verdict_rules.hpp"
#include "checks/report.hpp"

namespace presscheck {
namespace {

std::string message(const Document& doc, std::string_view written, const RecordedMatch& match,
                    const std::string& speaker, const std::string& when) {
  if (doc.lang == Lang::fr) {
    return fmt::format(
        "« {} » est rapporté à la forme {}, alors que les propos enregistrés sont {} "
        "({}, {}) : « {} »",
        written, match.said_negative ? "affirmative" : "négative",
        match.said_negative ? "négatifs" : "affirmatifs", speaker, when, match.said_text);
  }
  return fmt::format("\"{}\" is reported {}, but the recorded words are {} ({}, {}): \"{}\"",
                     written, match.said_negative ? "without a negation" : "with a negation",
                     match.said_negative ? "negative" : "affirmative", speaker, when,
                     match.said_text);
}

}  // namespace

const RuleInfo& FactQuoteMismatch::info() const {
  static const RuleInfo kInfo{
      verdict_rules::kQuoteMismatch, Severity::error,
      "une citation attribuée à une personne de la base de citations en inverse le sens",
      "a quote attributed to a speaker of the quote base reverses what they said"};
  return kInfo;
}

void FactQuoteMismatch::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  if (context.extraction == nullptr || context.facts == nullptr)
    return;
  const Document& doc = context.document;
  const facts::FactBase& base = context.facts->base();
  const Reporter report(info(), context, out);
  for (std::size_t b = 0; b < context.analysis.blocks.size(); ++b) {
    for (const Quote& quote : context.analysis.blocks[b].quotes) {
      for (const RecordedMatch& match : match_recorded_quotes(context, b, quote)) {
        if (!match.reversed())
          continue;
        const std::string when = match.said.said_on ? show_date(*match.said.said_on, doc.lang) : "";
        report(quote.outer, message(doc, doc.slice(quote.inner), match,
                                    entity_name(base, match.speaker, doc.lang), when))
            .fact(recorded_quote_evidence(base, match.said));
        break;
      }
    }
  }
}

}  // namespace presscheck
