#pragma once

#include <vector>

#include "core/document.hpp"
#include "rulepack/rule_set.hpp"
#include "text/negation.hpp"
#include "text/quote.hpp"
#include "text/speaker.hpp"
#include "text/token.hpp"

namespace presscheck {

/// Everything the text stage knows about one block (headline, standfirst or paragraph).
struct BlockAnalysis {
  Block block;
  Lang lang = Lang::fr;
  std::vector<Token> tokens;
  std::vector<Span> sentences;
  std::vector<Quote> quotes;
  std::vector<Speaker> speakers;  // one per quote: who it is attributed to
  std::vector<Span> auxiliaries;  // inside quotes, the words comparison skips (est, will)
  std::vector<Span> determiners;  // before and inside quotes: « ce « Ségur » », "the 'plan'"
  std::vector<NegationCue> negations;  // in text order
  std::size_t longest_negation = 0;    // bytes: how far before a place a cue may begin
  std::vector<Span> clause_breaks;
  std::vector<RuleMatch> reporting_verbs;
  std::vector<RuleMatch> attributions;
  RulePresence rules_present;  // which rules may match in the block: one pass, read first
};

/// The text stage's reading of a whole document, block by block.
struct Analysis {
  std::vector<BlockAnalysis> blocks;
};

/// Reads every block once with the rule packs of the document's language.
Analysis analyze(const Document& document, const RuleSet& rules);

/// The sentence holding the start of `run`, or the whole block when no sentence does.
Span sentence_of(const BlockAnalysis& block, Span run);
/// The sentence holding all of `run`, or the whole block when no sentence does (`run`
/// runs over a sentence's end).
Span sentence_holding(const BlockAnalysis& block, Span run);

/// What can be said of the polarity of some words. Checks act only on the two clear cases.
enum class Polarity { negative, affirmative, unclear };

/// The polarity of the words of `run`, read in the clause that governs them. Negative: a
/// negation overlaps them, or ends a few words before them with no clause break between
/// (« ne « prend pas très au sérieux » »: the cue stands outside and inside the quote;
/// « ne trouve plus le plan « réaliste » »; "does not think the scheme 'workable'"; « a
/// exclu tout « report » »).
/// Affirmative: no negation at all in their sentence before they end. Unclear otherwise,
/// as in « il ne pense pas qu'il y ait des « discriminations » ».
Polarity polarity_of(const BlockAnalysis& block, Span run);

/// The same with a wider reach for the negation, in words: for a quote whose speaker is
/// known, "the Commission did not take the videos \"very seriously\"" is negative.
Polarity polarity_of(const BlockAnalysis& block, Span run, std::size_t negation_window);

/// Who `quote`, one of `block.quotes`, is attributed to.
const Speaker& speaker_of(const BlockAnalysis& block, const Quote& quote);

/// Whether a quote is attributed to someone: `X : « … »`, `« … », selon X`, `…, says X`,
/// or a reporting verb right before it (`dénonce une « … »`, `slams "…"`).
bool is_attributed(std::string_view text, const BlockAnalysis& block, const Quote& quote);

}  // namespace presscheck
