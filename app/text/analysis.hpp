#pragma once

#include <vector>

#include "core/document.hpp"
#include "rulepack/rule_set.hpp"
#include "text/negation.hpp"
#include "text/quote.hpp"
#include "text/token.hpp"

namespace presscheck {

/// Everything the text stage knows about one block (headline, standfirst or paragraph).
struct BlockAnalysis {
  Block block;
  std::vector<Token> tokens;
  std::vector<Span> sentences;
  std::vector<Quote> quotes;
  std::vector<NegationCue> negations;
  std::vector<Span> clause_breaks;
  std::vector<RuleMatch> reporting_verbs;
  std::vector<RuleMatch> attributions;
};

/// The text stage's reading of a whole document, block by block.
struct Analysis {
  std::vector<BlockAnalysis> blocks;
};

/// Reads every block once with the rule packs of the document's language.
Analysis analyze(const Document& document, const RuleSet& rules);

/// Whether the words of `run` are negated: a negation overlaps them, or ends at most a few
/// words before them with no clause break or sentence end between (« ne « prend pas très
/// au sérieux » »: the cue stands outside and inside the quote).
bool is_negated(const BlockAnalysis& block, Span run);

/// Whether a quote is attributed to someone: `X : « … »`, `« … », selon X`, `…, says X`,
/// or a reporting verb right before it (`dénonce une « … »`, `slams "…"`).
bool is_attributed(std::string_view text, const BlockAnalysis& block, const Quote& quote);

}  // namespace presscheck
