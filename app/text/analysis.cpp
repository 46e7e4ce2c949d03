#include "text/analysis.hpp"

#include <algorithm>

#include "core/utf8.hpp"
#include "text/sentence.hpp"

namespace presscheck {
namespace {

// How many words may stand between a negation and the words it negates: the verb of
// "does not take 'very seriously'". Farther away, the negation is often about something
// else (« il ne faut pas pervertir ce « Ségur de la santé » »). Between a reporting verb
// or marker and its quote: « dénonce une « … » », "…, a spokesman said".
constexpr std::size_t kNegationWindow = 1;
constexpr std::size_t kAttributionWindow = 3;

std::size_t words_between(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  if (to <= from)
    return 0;
  const auto [first, last] = tokens_inside(tokens, {from, to});
  return last - first;
}

bool breaks_between(const BlockAnalysis& block, std::size_t from, std::size_t to) {
  for (Span brk : block.clause_breaks) {
    if (brk.begin >= from && brk.end <= to)
      return true;
  }
  for (Span sentence : block.sentences) {
    if (sentence.begin > from && sentence.begin <= to)
      return true;
  }
  return false;
}

bool colon_before(std::string_view text, Span block, std::size_t quote_begin) {
  std::size_t pos = quote_begin;
  while (pos > block.begin) {
    std::size_t previous = pos;
    const char32_t cp = utf8::previous(text, previous);
    if (!utf8::is_space(cp))
      break;
    pos = previous;
  }
  if (pos == block.begin)
    return false;
  std::size_t previous = pos;
  if (utf8::previous(text, previous) != ':')
    return false;
  // Something must stand before the colon: the one who speaks.
  for (std::size_t p = block.begin; p < previous;) {
    if (utf8::is_word_char(utf8::next(text, p)))
      return true;
  }
  return false;
}

}  // namespace

Analysis analyze(const Document& document, const RuleSet& rules) {
  Analysis analysis;
  analysis.blocks.reserve(document.blocks.size());
  const std::string_view text = document.text;
  for (const Block& block : document.blocks) {
    BlockAnalysis out;
    out.block = block;
    out.tokens = tokenize(text, block.span);
    out.sentences = split_sentences(text, block.span);
    out.quotes = find_quotes(text, block.span);
    out.negations = find_negations(rules, document.lang, text, block.span);
    for (const RuleMatch& match :
         rules.kind(document.lang, "clause-break").find_all(text, block.span)) {
      out.clause_breaks.push_back(match.span);
    }
    out.reporting_verbs = rules.kind(document.lang, "reporting-verb").find_all(text, block.span);
    out.attributions = rules.kind(document.lang, "attribution").find_all(text, block.span);
    analysis.blocks.push_back(std::move(out));
  }
  return analysis;
}

Span sentence_of(const BlockAnalysis& block, Span run) {
  for (Span sentence : block.sentences) {
    if (sentence.contains(run.begin))
      return sentence;
  }
  return block.block.span;
}

Polarity polarity_of(const BlockAnalysis& block, Span run) {
  return polarity_of(block, run, kNegationWindow);
}

Polarity polarity_of(const BlockAnalysis& block, Span run, std::size_t negation_window) {
  const Span sentence = sentence_of(block, run);
  bool negation_in_sentence = false;
  for (const NegationCue& cue : block.negations) {
    if (cue.span.overlaps(run))
      return Polarity::negative;
    if (cue.span.end > run.begin)
      continue;
    if (cue.span.end > sentence.begin)
      negation_in_sentence = true;
    if (words_between(block.tokens, cue.span.end, run.begin) > negation_window)
      continue;
    if (breaks_between(block, cue.span.end, run.begin))
      continue;
    return Polarity::negative;
  }
  return negation_in_sentence ? Polarity::unclear : Polarity::affirmative;
}

bool is_attributed(std::string_view text, const BlockAnalysis& block, const Quote& quote) {
  if (colon_before(text, block.block.span, quote.outer.begin))
    return true;
  auto near_before = [&](const RuleMatch& match) {
    return match.span.end <= quote.outer.begin &&
           words_between(block.tokens, match.span.end, quote.outer.begin) < kAttributionWindow &&
           !breaks_between(block, match.span.end, quote.outer.begin);
  };
  auto near_after = [&](const RuleMatch& match) {
    return match.span.begin >= quote.outer.end &&
           words_between(block.tokens, quote.outer.end, match.span.begin) <= kAttributionWindow &&
           !breaks_between(block, quote.outer.end, match.span.begin);
  };
  const auto& verbs = block.reporting_verbs;
  const auto& markers = block.attributions;
  return std::any_of(verbs.begin(), verbs.end(), near_before) ||
         std::any_of(verbs.begin(), verbs.end(), near_after) ||
         std::any_of(markers.begin(), markers.end(), near_after);
}

}  // namespace presscheck
