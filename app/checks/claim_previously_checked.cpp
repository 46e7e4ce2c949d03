#include "checks/claim_previously_checked.hpp"

#include <fmt/format.h>

#include "analysis/fact_evidence.hpp"
#include "analysis/verdict_rules.hpp"
#include "checks/report.hpp"

namespace presscheck {
namespace {

std::string_view verdict_word(facts::ReviewVerdict verdict, Lang lang) {
  const bool misleading = verdict == facts::ReviewVerdict::misleading;
  if (lang == Lang::fr)
    return misleading ? "trompeuse" : "fausse";
  return misleading ? "misleading" : "false";
}

// « jugée fausse par Les Vérificateurs (« Faux », 4 mars 2024) »
std::string message(const facts::ClaimReview& review, Lang lang) {
  std::string rating;
  if (!review.rating.empty())
    rating = lang == Lang::fr ? fmt::format("« {} »", review.rating)
                              : fmt::format("\"{}\"", review.rating);
  if (review.review_date)
    rating += (rating.empty() ? "" : ", ") + show_date(*review.review_date, lang);
  const std::string details = rating.empty() ? "" : fmt::format(" ({})", rating);
  if (lang == Lang::fr) {
    const std::string by =
        review.reviewer.empty() ? "par des vérificateurs" : fmt::format("par {}", review.reviewer);
    return fmt::format("cette phrase reprend une affirmation jugée {} {}{} : « {} »",
                       verdict_word(review.verdict, lang), by, details, review.claim);
  }
  const std::string by = review.reviewer.empty() ? "fact-checkers" : review.reviewer;
  return fmt::format("this sentence repeats a claim {} rated {}{}: \"{}\"", by,
                     verdict_word(review.verdict, lang), details, review.claim);
}

// The review as the fact a finding rests on: its rating and reviewer, date and address.
FactEvidence review_evidence(const facts::ClaimReview& review, Lang lang) {
  FactEvidence fact;
  fact.id = review.id;
  const std::string rating =
      review.rating.empty() ? std::string(verdict_word(review.verdict, lang)) : review.rating;
  fact.value = lang == Lang::fr ? fmt::format("« {} »", rating) : fmt::format("\"{}\"", rating);
  if (!review.reviewer.empty())
    fact.value += fmt::format(" ({})", review.reviewer);
  if (review.review_date)
    fact.point_in_time = review.review_date->iso();
  fact.source_url = review.url;
  fact.source_title = review.title;
  return fact;
}

}  // namespace

const RuleInfo& ClaimPreviouslyChecked::info() const {
  static const RuleInfo kInfo{
      verdict_rules::kPreviouslyChecked, Severity::warning,
      "une phrase reprend une affirmation que des vérificateurs ont jugée fausse ou trompeuse",
      "a sentence repeats a claim fact-checkers rated false or misleading"};
  return kInfo;
}

void ClaimPreviouslyChecked::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  if (context.facts == nullptr)
    return;
  const PastClaims& past = context.facts->past_claims(context.rules);
  if (past.empty())
    return;
  const Document& doc = context.document;
  const Reporter report(info(), context, out);
  for (const BlockAnalysis& block : context.analysis.blocks) {
    for (const Span sentence : block.sentences) {
      const auto repeated = past.repeated_in(doc.text, block, sentence, context.rules);
      if (repeated.empty())
        continue;
      // One finding per sentence, with the closest claim: more would say the same twice.
      report(sentence, message(*repeated.front(), doc.lang))
          .fact(review_evidence(*repeated.front(), doc.lang));
    }
  }
}

}  // namespace presscheck
