#include "checks/quote_verdicts.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "checks/fact_evidence.hpp"
#include "checks/quote_words.hpp"
#include "text/negation.hpp"

namespace presscheck {
namespace {

// As fact.quote-mismatch reads a quote whose speaker is known: "the Commission did not
// take the videos \"very seriously\"" is negative.
constexpr std::size_t kSpeakerNegationWindow = 4;

/// A stored quote's meaning words in the draft's language, negating words left out.
struct StoredCore {
  std::string text;
  std::vector<Token> tokens;
  std::vector<const Token*> core;
};

std::optional<StoredCore> stored_core(const facts::Quote& quote, Lang lang, const RuleSet& rules) {
  StoredCore out;
  if (quote.lang == lang) {
    out.text = quote.text;
  } else if (const auto found = quote.translations.find(lang); found != quote.translations.end()) {
    out.text = found->second;
  } else {
    return std::nullopt;
  }
  const Span all{0, out.text.size()};
  out.tokens = tokenize(out.text, all);
  const auto negations = find_negations(rules, lang, out.text, all);
  for (const Token& token : out.tokens) {
    const bool negating = std::any_of(negations.begin(), negations.end(), [&](const auto& cue) {
      return std::any_of(cue.words.begin(), cue.words.end(),
                         [&](Span w) { return w.overlaps(token.span); });
    });
    if (!negating)
      out.core.push_back(&token);
  }
  return out;
}

// The one entity named in the quote's sentence, outside the quote, that has stored quotes.
std::optional<std::string> speaker_of(const FactIndex& facts, const BlockAnalysis& block,
                                      const BlockExtraction& found, const Quote& quote) {
  const auto sentence = std::find_if(block.sentences.begin(), block.sentences.end(),
                                     [&](Span s) { return s.contains(quote.outer.begin); });
  const Span within = sentence == block.sentences.end() ? block.block.span : *sentence;
  std::optional<std::string> speaker;
  for (const Mention& mention : found.entities) {
    if (!within.contains(mention.span) || quote.outer.overlaps(mention.span))
      continue;
    for (const std::string& id : mention.ids) {
      if (facts.base().quotes_by(id).empty())
        continue;
      if (speaker && *speaker != id)
        return std::nullopt;
      speaker = id;
    }
  }
  return speaker;
}

// The draft's words shared with the stored ones, when one stands whole in the other and
// holds a word of four letters or more (« de la » is no quote).
std::optional<Span> shared_words(const std::vector<const Token*>& draft,
                                 const std::vector<const Token*>& stored) {
  const bool draft_longer = draft.size() >= stored.size();
  const auto& longer = draft_longer ? draft : stored;
  const auto& shorter = draft_longer ? stored : draft;
  if (shorter.empty() || (shorter.size() == 1 && longer.size() != 1) ||
      std::none_of(shorter.begin(), shorter.end(),
                   [](const Token* t) { return t->folded.size() >= 4; })) {
    return std::nullopt;
  }
  const auto starts = find_runs(longer, shorter);
  if (starts.empty())
    return std::nullopt;
  return draft_longer ? run_span(draft, starts.front(), shorter.size())
                      : run_span(draft, 0, draft.size());
}

FactEvidence quote_evidence(const facts::FactBase& base, const facts::Quote& quote) {
  FactEvidence evidence;
  evidence.id = quote.id;
  evidence.value = quote.text;
  if (quote.said_on)
    evidence.point_in_time = quote.said_on->iso();
  if (!quote.sources.empty()) {
    if (const auto source = base.source(quote.sources.front())) {
      evidence.source_url = source->url;
      evidence.source_title = source->title;
    }
  }
  return evidence;
}

}  // namespace

std::vector<ClaimVerdict> supported_quotes(const CheckContext& context,
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
      const auto speaker = speaker_of(*context.facts, block, context.extraction->blocks[b], quote);
      if (!speaker)
        continue;
      const QuoteWords draft = core_words(block, quote);
      for (const facts::Quote& said : base.quotes_by(*speaker)) {
        const auto stored = stored_core(said, doc.lang, context.rules);
        const auto run = stored ? shared_words(draft.core, stored->core) : std::nullopt;
        if (!run)
          continue;
        const Polarity written = polarity_of(block, *run, kSpeakerNegationWindow);
        const Polarity expected =
            said.polarity == facts::Polarity::negative ? Polarity::negative : Polarity::affirmative;
        if (written != expected)
          continue;
        const std::string name = entity_name(base, *speaker, doc.lang);
        const std::string when = said.said_on ? show_date(*said.said_on, doc.lang) : "";
        ClaimVerdict verdict;
        verdict.kind = VerdictKind::supported;
        verdict.span = quote.outer;
        verdict.message =
            doc.lang == Lang::fr
                ? fmt::format("propos enregistrés ({}, {}) : « {} »", name, when, stored->text)
                : fmt::format("words on record ({}, {}): \"{}\"", name, when, stored->text);
        verdict.fact = quote_evidence(base, said);
        verdicts.push_back(std::move(verdict));
        break;
      }
    }
  }
  return verdicts;
}

}  // namespace presscheck
