#include "analysis/recorded_quotes.hpp"

#include <algorithm>

#include "analysis/quote_words.hpp"
#include "text/analysis.hpp"
#include "text/negation.hpp"

namespace presscheck {
namespace {

constexpr std::size_t kSpeakerNegationWindow = 4;

/// A recorded quote's words in one language, with its meaning words (negations left out).
struct RecordedWords {
  std::string text;
  std::vector<Token> tokens;
  std::vector<const Token*> core;  // point into `tokens`
};

bool recorded_words(const facts::Quote& quote, Lang lang, const RuleSet& rules,
                    RecordedWords& out) {
  if (quote.lang == lang) {
    out.text = quote.text;
  } else if (const auto found = quote.translations.find(lang); found != quote.translations.end()) {
    out.text = found->second;
  } else {
    return false;
  }
  const Span all{0, out.text.size()};
  out.tokens = tokenize(out.text, all);
  const auto negations = find_negations(rules, lang, out.text, all);
  for (const Token& token : out.tokens) {
    const bool negating = std::any_of(negations.begin(), negations.end(), [&](const auto& cue) {
      return std::any_of(cue.words.begin(), cue.words.end(),
                         [&](Span word) { return word.overlaps(token.span); });
    });
    if (!negating)
      out.core.push_back(&token);
  }
  return true;
}

std::optional<std::string> speaker_of(const FactIndex& facts, const BlockAnalysis& block,
                                      const BlockExtraction& found, const Quote& quote) {
  const Span within = sentence_of(block, {quote.outer.begin, quote.outer.begin});
  std::optional<std::string> speaker;
  // Mentions are in text order: only those of the quote's sentence are read, so that a
  // paragraph of thousands of quotes is not read once for each.
  auto mention =
      std::lower_bound(found.entities.begin(), found.entities.end(), within.begin,
                       [](const Mention& m, std::size_t at) { return m.span.begin < at; });
  for (; mention != found.entities.end() && mention->span.begin <= within.end; ++mention) {
    if (!within.contains(mention->span) || quote.outer.overlaps(mention->span))
      continue;
    for (const std::string& id : mention->ids) {
      if (facts.base().quotes_by(id).empty())
        continue;
      if (speaker && *speaker != id)
        return std::nullopt;  // two speakers: no guess
      speaker = id;
    }
  }
  return speaker;
}

// The draft's words shared with the recorded ones, when one stands whole in the other and
// holds a word of four letters or more (« de la » is no quote).
std::optional<Span> shared_words(const std::vector<const Token*>& draft,
                                 const std::vector<const Token*>& recorded) {
  const bool draft_longer = draft.size() >= recorded.size();
  const auto& longer = draft_longer ? draft : recorded;
  const auto& shorter = draft_longer ? recorded : draft;
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

}  // namespace

std::vector<RecordedMatch> match_recorded_quotes(const DraftContext& context,
                                                 std::size_t block_index, const Quote& quote) {
  std::vector<RecordedMatch> matches;
  if (context.extraction == nullptr || context.facts == nullptr)
    return matches;
  const BlockAnalysis& block = context.analysis.blocks[block_index];
  const auto speaker =
      speaker_of(*context.facts, block, context.extraction->blocks[block_index], quote);
  if (!speaker)
    return matches;
  const QuoteWords draft = core_words(block, quote);
  for (facts::Quote& said : context.facts->base().quotes_by(*speaker)) {
    RecordedWords words;
    if (!recorded_words(said, context.document.lang, context.rules, words))
      continue;
    const auto run = shared_words(draft.core, words.core);
    if (!run)
      continue;
    RecordedMatch match;
    match.speaker = *speaker;
    match.said_text = words.text;
    match.written = polarity_of(block, *run, kSpeakerNegationWindow);
    match.said_negative = said.polarity == facts::Polarity::negative;
    match.said = std::move(said);
    matches.push_back(std::move(match));
  }
  return matches;
}

FactEvidence recorded_quote_evidence(const facts::FactBase& base, const facts::Quote& quote) {
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

}  // namespace presscheck
