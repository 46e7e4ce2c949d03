#include "checks/headline_negated_quote.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "analysis/quote_words.hpp"
#include "checks/report.hpp"

namespace presscheck {
namespace {

std::string_view part_name(Part part, Lang lang) {
  if (part == Part::standfirst)
    return pick(lang, "le chapô", "the standfirst");
  return pick(lang, "le titre", "the headline");
}

std::string message(const Document& doc, Part part, std::string_view quote, bool negated) {
  const std::string_view where = part_name(part, doc.lang);
  if (doc.lang == Lang::fr) {
    return negated ? fmt::format(
                         "{} met à la forme négative la citation « {} », que le corps "
                         "rapporte à la forme affirmative",
                         where, quote)
                   : fmt::format(
                         "{} rapporte la citation « {} » sans la négation que le corps "
                         "lui donne",
                         where, quote);
  }
  return negated
             ? fmt::format(
                   "{} negates the quote \"{}\", which the body reports without a "
                   "negation",
                   where, quote)
             : fmt::format("{} quotes \"{}\" without the negation the body gives it", where, quote);
}

// The headline span to underline: the quote, widened to a negation that starts before it
// (the « ne » outside the guillemets).
Span widened(const BlockAnalysis& block, const Quote& quote) {
  Span span = quote.outer;
  for (const NegationCue& cue : block.negations) {
    if (cue.span.overlaps(quote.outer) && cue.span.begin < span.begin)
      span.begin = cue.span.begin;
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
  const Reporter report(info(), context, out);
  const auto tops = top_quotes(context.document.text, context.analysis);
  if (tops.empty())
    return;  // most drafts: the body's quotes need not be read
  const std::vector<QuoteWords> body_quotes = body_quote_words(context.analysis.blocks);
  for (const auto& [block, quote] : tops) {
    const QuoteWords words = core_words(*block, *quote);
    std::vector<QuotePairing> pairings = pair_with_body(words, body_quotes);
    // Two speakers may say opposite things: when both sides name who speaks, only the same
    // speaker's words are compared.
    const Speaker& speaker = speaker_of(*block, *quote);
    if (speaker.known()) {
      std::erase_if(pairings, [&](const QuotePairing& p) {
        const Speaker& other = speaker_of(*p.body_block, *p.body_quote);
        return other.known() && !same_speaker(speaker, other);
      });
    }
    // Only clear opposites count, and only when the body never quotes the words otherwise:
    // a longer body quote holding the headline's one word with the same polarity ("a
    // little bit rattled" for "rattled") says the same thing, so the headline may be right.
    auto opposite = [](const QuotePairing& p) {
      return (p.headline == Polarity::negative && p.body == Polarity::affirmative) ||
             (p.headline == Polarity::affirmative && p.body == Polarity::negative);
    };
    auto agreeing = [](const QuotePairing& p) {
      return p.headline == p.body && p.body != Polarity::unclear;
    };
    if (std::any_of(pairings.begin(), pairings.end(), agreeing))
      continue;
    std::erase_if(pairings, [](const QuotePairing& p) { return p.contained; });
    if (pairings.empty() || !std::all_of(pairings.begin(), pairings.end(), opposite))
      continue;
    const QuotePairing& first = pairings.front();
    report(widened(*block, *quote), message(doc, block->block.part, doc.slice(quote->inner),
                                            first.headline == Polarity::negative))
        .evidence(first.body_quote->inner, "le corps cite « {} »", "the body quotes \"{}\"",
                  doc.slice(first.body_quote->inner));
  }
}

}  // namespace presscheck
