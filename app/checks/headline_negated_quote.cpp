#include "checks/headline_negated_quote.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "checks/quote_words.hpp"

namespace presscheck {
namespace {

std::string_view part_name(Part part, Lang lang) {
  if (part == Part::standfirst) return pick(lang, "le chapô", "the standfirst");
  return pick(lang, "le titre", "the headline");
}

std::string message(const Document& doc, Part part, std::string_view quote, bool negated) {
  const Lang lang = doc.lang;
  if (lang == Lang::fr) {
    return fmt::format("{} nie la citation « {} » alors que le corps la rapporte {}",
                       part_name(part, lang), quote,
                       negated ? "à la forme affirmative" : "à la forme négative");
  }
  return fmt::format("{} {} \"{}\", but the body quotes it {}", part_name(part, lang),
                     negated ? "negates the quote" : "quotes",
                     quote, negated ? "without a negation" : "with a negation");
}

// The headline span to underline: the quote, widened to a negation that starts before it
// (the « ne » outside the guillemets).
Span widened(const BlockAnalysis& block, const Quote& quote) {
  Span span = quote.outer;
  for (const NegationCue& cue : block.negations) {
    if (cue.span.overlaps(quote.outer) && cue.span.begin < span.begin) span.begin = cue.span.begin;
  }
  return span;
}

}  // namespace

const RuleInfo& HeadlineNegatedQuote::info() const {
  static const RuleInfo kInfo{
      "headline.negated-quote", Severity::error,
      "une citation du titre ou du chapô contredit la polarité de la même citation dans le corps",
      "a headline or standfirst quote has the opposite polarity of the same words quoted in "
      "the body"};
  return kInfo;
}

void HeadlineNegatedQuote::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  const Document& doc = context.document;
  for (const auto& [block, quote] : top_quotes(context.analysis)) {
    const QuoteWords words = core_words(*block, *quote);
    const auto pairings = pair_with_body(words, context.analysis.blocks);
    if (pairings.empty()) continue;
    // The body may quote the words both ways; only a body that never agrees is evidence.
    const bool body_agrees = std::any_of(pairings.begin(), pairings.end(), [](const QuotePairing& p) {
      return p.headline_negated == p.body_negated;
    });
    if (body_agrees) continue;
    const QuotePairing& first = pairings.front();
    Diagnostic diagnostic;
    diagnostic.rule = std::string(info().id);
    diagnostic.severity = info().severity;
    diagnostic.span = widened(*block, *quote);
    diagnostic.message = message(doc, block->block.part, doc.slice(quote->inner), first.headline_negated);
    const std::string_view body_text = doc.slice(first.body_quote->inner);
    diagnostic.evidence.push_back(
        {first.body_quote->inner,
         doc.lang == Lang::fr ? fmt::format("le corps cite « {} »", body_text)
                              : fmt::format("the body quotes \"{}\"", body_text)});
    out.push_back(std::move(diagnostic));
  }
}

}  // namespace presscheck
