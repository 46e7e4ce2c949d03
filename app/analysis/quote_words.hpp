#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "text/analysis.hpp"

namespace presscheck {

/// A quote with the words that carry its meaning: its tokens less the negating words and
/// the auxiliaries, so that « ne prend pas très au sérieux » and « très au sérieux », or
/// "won't sign" and "will sign", can be compared; and their stems, so that "doesn't
/// support" meets "supports".
struct QuoteWords {
  const BlockAnalysis* block = nullptr;
  const Quote* quote = nullptr;
  std::vector<const Token*> core;
  std::vector<std::string> stems;  // one per core word
};

QuoteWords core_words(const BlockAnalysis& block, const Quote& quote);

/// Start positions where `needle` stands, word for word, in `haystack`.
std::vector<std::size_t> find_runs(const std::vector<const Token*>& haystack,
                                   const std::vector<const Token*>& needle);

/// The text from the first to the last of `count` tokens starting at `first`.
Span run_span(const std::vector<const Token*>& tokens, std::size_t first, std::size_t count);

/// A headline (or standfirst) quote set against a body quote with the same words.
struct QuotePairing {
  const BlockAnalysis* body_block = nullptr;
  const Quote* body_quote = nullptr;
  Polarity headline = Polarity::unclear;
  Polarity body = Polarity::unclear;
  /// A one-word quote found inside a longer one ("rattled" in "a little bit rattled"): too
  /// loose to show a contradiction, close enough to show the body saying the same thing.
  bool contained = false;
};

/// The meaning words of every body quote, read once for all the headline's quotes.
std::vector<QuoteWords> body_quote_words(const std::vector<BlockAnalysis>& blocks);

/// Every body quote that shares the headline quote's words: one quote's meaning words
/// stand, stem for stem and contiguous, in the other's. A one-word body quote pairs with a
/// longer headline quote that holds it (« opposée » in « pas opposée à la réforme »); a
/// one-word headline quote inside a longer body quote pairs as `contained`. A shared run
/// must hold a word of four letters or more, so « de la » pairs with nothing.
std::vector<QuotePairing> pair_with_body(const QuoteWords& headline,
                                         const std::vector<QuoteWords>& body_quotes);

/// The headline and standfirst quotes worth comparing: closed, not nested in another, and
/// not a name in a sentence-case headline ("Black Lives Matter", « Bassins de Lumières »):
/// names and titles of works carry no claim. Only the first `kMaxTopQuotes` of a block
/// count: each is compared with every body quote, and a headline of thousands of quotes
/// (hostile input, not a headline) would make that quadratic.
inline constexpr std::size_t kMaxTopQuotes = 32;
std::vector<std::pair<const BlockAnalysis*, const Quote*>> top_quotes(std::string_view text,
                                                                      const Analysis& analysis);

}  // namespace presscheck
