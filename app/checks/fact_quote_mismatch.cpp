#include "checks/fact_quote_mismatch.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "checks/fact_evidence.hpp"
#include "checks/quote_words.hpp"

namespace presscheck {
namespace {

// A quote's speaker is named in its clause, a few words from the negation at most: "the
// Commission did not take the videos \"very seriously\"".
constexpr std::size_t kSpeakerNegationWindow = 4;

/// A stored quote in the draft's language, cut into its meaning words.
struct StoredWords {
  const facts::Quote* quote = nullptr;
  std::string text;                // in the draft's language
  std::vector<Token> tokens;       // all of its words
  std::vector<const Token*> core;  // less the negating ones
};

std::optional<StoredWords> stored_words(const facts::Quote& quote, Lang lang,
                                        const RuleSet& rules) {
  StoredWords out;
  out.quote = &quote;
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
    const bool negating =
        std::any_of(negations.begin(), negations.end(), [&](const NegationCue& cue) {
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
  Span sentence = block.block.span;
  for (Span s : block.sentences) {
    if (s.contains(quote.outer.begin))
      sentence = s;
  }
  std::optional<std::string> speaker;
  for (const Mention& mention : found.entities) {
    if (!sentence.contains(mention.span) || quote.outer.overlaps(mention.span))
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

// Where the stored words stand in the draft quote's words (or the reverse), as the span of
// the draft's words that carry them.
std::optional<Span> shared_run(const std::vector<const Token*>& draft,
                               const std::vector<const Token*>& stored) {
  const bool draft_longer = draft.size() >= stored.size();
  const auto& longer = draft_longer ? draft : stored;
  const auto& shorter = draft_longer ? stored : draft;
  if (shorter.empty() || (shorter.size() == 1 && longer.size() != 1))
    return std::nullopt;
  if (std::none_of(shorter.begin(), shorter.end(),
                   [](const Token* t) { return t->folded.size() >= 4; })) {
    return std::nullopt;
  }
  const auto starts = find_runs(longer, shorter);
  if (starts.empty())
    return std::nullopt;
  return draft_longer ? run_span(draft, starts.front(), shorter.size())
                      : run_span(draft, 0, draft.size());
}

std::string message(const Document& doc, std::string_view written, bool said_negative,
                    const std::string& speaker, const std::string& when, const std::string& said) {
  if (doc.lang == Lang::fr) {
    return fmt::format(
        "« {} » est rapporté à la forme {}, alors que les propos enregistrés sont {} "
        "({}, {}) : « {} »",
        written, said_negative ? "affirmative" : "négative",
        said_negative ? "négatifs" : "affirmatifs", speaker, when, said);
  }
  return fmt::format("\"{}\" is reported {}, but the recorded words are {} ({}, {}): \"{}\"",
                     written, said_negative ? "without a negation" : "with a negation",
                     said_negative ? "negative" : "affirmative", speaker, when, said);
}

}  // namespace

const RuleInfo& FactQuoteMismatch::info() const {
  static const RuleInfo kInfo{
      "fact.quote-mismatch", Severity::error,
      "une citation attribuée à une personne de la base de citations en inverse le sens",
      "a quote attributed to a speaker of the quote base reverses what they said"};
  return kInfo;
}

void FactQuoteMismatch::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  if (context.extraction == nullptr || context.facts == nullptr)
    return;
  const Document& doc = context.document;
  const facts::FactBase& base = context.facts->base();
  for (std::size_t b = 0; b < context.analysis.blocks.size(); ++b) {
    const BlockAnalysis& block = context.analysis.blocks[b];
    for (const Quote& quote : block.quotes) {
      const auto speaker = speaker_of(*context.facts, block, context.extraction->blocks[b], quote);
      if (!speaker)
        continue;
      const QuoteWords draft = core_words(block, quote);
      const std::vector<facts::Quote> said = base.quotes_by(*speaker);
      for (const facts::Quote& stored_quote : said) {
        const auto stored = stored_words(stored_quote, doc.lang, context.rules);
        if (!stored)
          continue;
        const auto run = shared_run(draft.core, stored->core);
        if (!run)
          continue;
        const Polarity written = polarity_of(block, *run, kSpeakerNegationWindow);
        const bool said_negative = stored_quote.polarity == facts::Polarity::negative;
        const bool reversed = (written == Polarity::negative && !said_negative) ||
                              (written == Polarity::affirmative && said_negative);
        if (!reversed)
          continue;
        const std::string name = entity_name(base, *speaker, doc.lang);
        const std::string when =
            stored_quote.said_on ? show_date(*stored_quote.said_on, doc.lang) : "";
        Diagnostic diagnostic;
        diagnostic.rule = std::string(info().id);
        diagnostic.severity = info().severity;
        diagnostic.span = quote.outer;
        diagnostic.message =
            message(doc, doc.slice(quote.inner), said_negative, name, when, stored->text);
        FactEvidence evidence;
        evidence.id = stored_quote.id;
        evidence.value = stored_quote.text;
        if (stored_quote.said_on)
          evidence.point_in_time = stored_quote.said_on->iso();
        if (!stored_quote.sources.empty()) {
          if (const auto source = base.source(stored_quote.sources.front())) {
            evidence.source_url = source->url;
            evidence.source_title = source->title;
          }
        }
        diagnostic.fact = std::move(evidence);
        out.push_back(std::move(diagnostic));
        break;
      }
    }
  }
}

}  // namespace presscheck
