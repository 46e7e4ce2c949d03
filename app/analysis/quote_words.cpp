#include "analysis/quote_words.hpp"

#include <algorithm>

#include "core/utf8.hpp"
#include "text/stemmer.hpp"

namespace presscheck {
namespace {

constexpr std::size_t kSignificantWordBytes = 4;

bool is_negating_word(const BlockAnalysis& block, const Token& token) {
  for (const NegationCue& cue : block.negations) {
    for (Span word : cue.words) {
      if (word.overlaps(token.span))
        return true;
    }
  }
  return false;
}

bool is_auxiliary(const BlockAnalysis& block, const Token& token) {
  const auto& spans = block.auxiliaries;
  const auto it = std::lower_bound(spans.begin(), spans.end(), token.span.begin,
                                   [](Span s, std::size_t at) { return s.end <= at; });
  return it != spans.end() && it->overlaps(token.span);
}

std::vector<std::size_t> find_stem_runs(const std::vector<std::string>& haystack,
                                        const std::vector<std::string>& needle) {
  std::vector<std::size_t> starts;
  if (needle.empty() || needle.size() > haystack.size())
    return starts;
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    if (std::equal(needle.begin(), needle.end(), haystack.begin() + static_cast<long>(i)))
      starts.push_back(i);
  }
  return starts;
}

std::size_t written_words(const QuoteWords& words) {
  const auto [first, last] = tokens_inside(words.block->tokens, words.quote->inner);
  return last - first;
}

bool significant(const std::vector<const Token*>& tokens, std::size_t first, std::size_t count) {
  for (std::size_t i = first; i < first + count; ++i) {
    if (tokens[i]->folded.size() >= kSignificantWordBytes)
      return true;
  }
  return false;
}

bool starts_upper(std::string_view text, const Token& token) {
  std::size_t pos = token.span.begin;
  const char32_t cp = utf8::next(text, pos);
  return utf8::is_upper(cp);
}

// Every long word of the quote is capitalised while the block around it has a long word
// that is not: a sentence-case headline quoting a name or a title.
bool looks_like_a_name(std::string_view text, const BlockAnalysis& block, const Quote& quote) {
  bool inside_all_upper = true;
  bool inside_any = false;
  bool outside_lower = false;
  for (const Token& token : block.tokens) {
    if (token.folded.size() < kSignificantWordBytes)
      continue;
    const bool upper = starts_upper(text, token);
    if (quote.inner.contains(token.span)) {
      inside_any = true;
      inside_all_upper = inside_all_upper && upper;
    } else if (!upper) {
      outside_lower = true;
    }
  }
  return inside_any && inside_all_upper && outside_lower;
}

}  // namespace

QuoteWords core_words(const BlockAnalysis& block, const Quote& quote) {
  QuoteWords words{&block, &quote, {}};
  const auto [first, last] = tokens_inside(block.tokens, quote.inner);
  for (std::size_t i = first; i < last; ++i) {
    const Token& token = block.tokens[i];
    if (is_negating_word(block, token) || is_auxiliary(block, token))
      continue;
    words.core.push_back(&token);
    words.stems.push_back(stem(block.lang, token.folded));
  }
  return words;
}

std::vector<std::size_t> find_runs(const std::vector<const Token*>& haystack,
                                   const std::vector<const Token*>& needle) {
  std::vector<std::size_t> starts;
  if (needle.empty() || needle.size() > haystack.size())
    return starts;
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    bool same = true;
    for (std::size_t j = 0; j < needle.size() && same; ++j) {
      same = haystack[i + j]->folded == needle[j]->folded;
    }
    if (same)
      starts.push_back(i);
  }
  return starts;
}

Span run_span(const std::vector<const Token*>& tokens, std::size_t first, std::size_t count) {
  return {tokens[first]->span.begin, tokens[first + count - 1]->span.end};
}

std::vector<QuoteWords> body_quote_words(const std::vector<BlockAnalysis>& blocks) {
  std::vector<QuoteWords> quotes;
  for (const BlockAnalysis& block : blocks) {
    if (block.block.part != Part::body)
      continue;
    for (const Quote& quote : block.quotes) {
      QuoteWords words = core_words(block, quote);
      if (!words.core.empty())
        quotes.push_back(std::move(words));
    }
  }
  return quotes;
}

std::vector<QuotePairing> pair_with_body(const QuoteWords& headline,
                                         const std::vector<QuoteWords>& body_quotes) {
  std::vector<QuotePairing> pairings;
  if (headline.core.empty())
    return pairings;
  for (const QuoteWords& body : body_quotes) {
    const bool headline_longer = headline.core.size() >= body.core.size();
    const QuoteWords& longer = headline_longer ? headline : body;
    const QuoteWords& shorter = headline_longer ? body : headline;
    // A headline quote of one word ("rattled") inside a longer body quote is too loose to
    // contradict it; "won't sign" is a phrase, even if only "sign" is left to compare.
    const bool contained = shorter.core.size() == 1 && longer.core.size() != 1 &&
                           !headline_longer && written_words(headline) == 1;
    if (!significant(shorter.core, 0, shorter.core.size()))
      continue;
    for (std::size_t start : find_stem_runs(longer.stems, shorter.stems)) {
      const Span longer_run = run_span(longer.core, start, shorter.core.size());
      const Span shorter_run = run_span(shorter.core, 0, shorter.core.size());
      const Span headline_run = headline_longer ? longer_run : shorter_run;
      const Span body_run = headline_longer ? shorter_run : longer_run;
      pairings.push_back({body.block, body.quote, polarity_of(*headline.block, headline_run),
                          polarity_of(*body.block, body_run), contained});
    }
  }
  return pairings;
}

std::vector<std::pair<const BlockAnalysis*, const Quote*>> top_quotes(std::string_view text,
                                                                      const Analysis& analysis) {
  std::vector<std::pair<const BlockAnalysis*, const Quote*>> quotes;
  for (const BlockAnalysis& block : analysis.blocks) {
    if (block.block.part == Part::body)
      continue;
    std::size_t taken = 0;
    for (const Quote& quote : block.quotes) {
      if (taken == kMaxTopQuotes)
        break;
      if (quote.closed && quote.depth == 0 && !looks_like_a_name(text, block, quote)) {
        quotes.emplace_back(&block, &quote);
        ++taken;
      }
    }
  }
  return quotes;
}

}  // namespace presscheck
