#include "text/analysis.hpp"

#include <algorithm>

#include "core/utf8.hpp"
#include "text/sentence.hpp"

namespace presscheck {
namespace {

// How many words may stand between a negation and the words it negates, within one
// clause: the verb and its object in « ne trouve plus le plan « réaliste » » and "does not
// think the scheme 'workable'". A clause break (que, that, mais, a comma) ends the reach
// sooner: « il ne pense pas qu'il y ait des « discriminations » » stays unclear. Between a
// reporting verb or marker and its quote: « dénonce une « … » », "…, a spokesman said".
constexpr std::size_t kNegationWindow = 4;
constexpr std::size_t kAttributionWindow = 3;

// Whether more than `limit` words stand between two offsets. words_between searches
// rather than counts, so a long paragraph with many negations stays linear.
bool more_words_between(const std::vector<Token>& tokens, std::size_t from, std::size_t to,
                        std::size_t limit) {
  return words_between(tokens, from, to) > limit;
}

// Clause breaks and sentences are in text order: a search finds the few that may stand
// between two offsets.
bool breaks_between(const BlockAnalysis& block, std::size_t from, std::size_t to) {
  const auto& breaks = block.clause_breaks;
  auto brk = std::lower_bound(breaks.begin(), breaks.end(), from,
                              [](Span b, std::size_t at) { return b.begin < at; });
  for (; brk != breaks.end() && brk->begin <= to; ++brk) {
    if (brk->end <= to)
      return true;
  }
  const auto& sentences = block.sentences;
  const auto next = std::upper_bound(sentences.begin(), sentences.end(), from,
                                     [](std::size_t at, Span s) { return at < s.begin; });
  return next != sentences.end() && next->begin <= to;
}

// An offset such that a negation ending at or before it has more than `window` words
// between it and `at`: the start of the word `window` + 2 words before `at`.
std::size_t beyond_window(const std::vector<Token>& tokens, std::size_t at, std::size_t window) {
  const auto next =
      std::lower_bound(tokens.begin(), tokens.end(), at,
                       [](const Token& t, std::size_t pos) { return t.span.begin < pos; });
  const auto before = static_cast<std::size_t>(next - tokens.begin());
  return before >= window + 2 ? tokens[before - window - 2].span.begin : 0;
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

// The auxiliaries inside each quote, in text order. Only quotes are compared word for
// word, so they are all the analysis needs.
std::vector<Span> auxiliaries_in_quotes(const Document& document, const RuleSet& rules,
                                        const RulePresence& present,
                                        const std::vector<Quote>& quotes) {
  std::vector<Span> found;
  const KindRules& auxiliaries = rules.kind(document.lang, RuleKindId::auxiliary);
  for (const Quote& quote : quotes) {
    if (quote.depth != 0)
      continue;  // inside another quote, already read with it
    // Up to the closing mark, so that a last word's end is seen (RE2's $ does not match
    // where the search stops).
    for (const RuleMatch& match :
         auxiliaries.find_all(document.text, {quote.inner.begin, quote.outer.end}, present))
      found.push_back(match.span);
  }
  return found;
}

// The determiners right before and inside each quote, in text order: the words before
// the runs that quotes are compared on. A determiner after a copula or an auxiliary opens a
// predicate, which the negation does reach ("won't be a 'great initiative'"): it is left out.
std::vector<Span> determiners_at_quotes(const Document& document, const RuleSet& rules,
                                        const RulePresence& present,
                                        const std::vector<Token>& tokens,
                                        const std::vector<Quote>& quotes) {
  std::vector<Span> found;
  const KindRules& determiners = rules.kind(document.lang, RuleKindId::determiner);
  const KindRules& auxiliaries = rules.kind(document.lang, RuleKindId::auxiliary);
  auto token_before = [&](std::size_t offset) {
    return std::lower_bound(tokens.begin(), tokens.end(), offset,
                            [](const Token& t, std::size_t at) { return t.span.begin < at; });
  };
  for (const Quote& quote : quotes) {
    if (quote.depth != 0)
      continue;  // inside another quote, already read with it
    const auto next = token_before(quote.outer.begin);
    const std::size_t from =
        next == tokens.begin() ? quote.outer.begin : std::prev(next)->span.begin;
    for (const RuleMatch& match :
         determiners.find_all(document.text, {from, quote.outer.end}, present)) {
      const auto at = token_before(match.span.begin);
      // The span runs to the determiner, so that the word's end is seen.
      if (at != tokens.begin() &&
          !auxiliaries
               .find_all(document.text, {std::prev(at)->span.begin, match.span.begin}, present)
               .empty())
        continue;
      found.push_back(match.span);
    }
  }
  return found;
}

// Whether the word right before `at` is a determiner at a quote.
bool determiner_before(const BlockAnalysis& block, std::size_t at) {
  const auto next =
      std::lower_bound(block.tokens.begin(), block.tokens.end(), at,
                       [](const Token& t, std::size_t pos) { return t.span.begin < pos; });
  if (next == block.tokens.begin())
    return false;
  const Span word = std::prev(next)->span;
  return std::binary_search(block.determiners.begin(), block.determiners.end(), word,
                            [](Span a, Span b) { return a.begin < b.begin; });
}

}  // namespace

Analysis analyze(const Document& document, const RuleSet& rules) {
  Analysis analysis;
  analysis.blocks.reserve(document.blocks.size());
  const std::string_view text = document.text;
  for (const Block& block : document.blocks) {
    BlockAnalysis out;
    out.block = block;
    out.lang = document.lang;
    out.rules_present = rules.presence(document.lang, text, block.span);
    const RulePresence& present = out.rules_present;
    out.tokens = tokenize(text, block.span);
    out.sentences = split_sentences(text, block.span);
    out.quotes = find_quotes(text, block.span);
    out.negations = find_negations(rules, document.lang, text, block.span, present);
    for (const NegationCue& cue : out.negations)
      out.longest_negation = std::max(out.longest_negation, cue.span.size());
    for (const RuleMatch& match :
         rules.kind(document.lang, RuleKindId::clause_break).find_all(text, block.span, present)) {
      out.clause_breaks.push_back(match.span);
    }
    out.reporting_verbs =
        rules.kind(document.lang, RuleKindId::reporting_verb).find_all(text, block.span, present);
    out.attributions =
        rules.kind(document.lang, RuleKindId::attribution).find_all(text, block.span, present);
    out.auxiliaries = auxiliaries_in_quotes(document, rules, present, out.quotes);
    out.determiners = determiners_at_quotes(document, rules, present, out.tokens, out.quotes);
    out.speakers = find_speakers(
        {text, out.tokens, out.sentences, out.clause_breaks, out.reporting_verbs, out.attributions},
        out.quotes);
    analysis.blocks.push_back(std::move(out));
  }
  return analysis;
}

Span sentence_of(const BlockAnalysis& block, Span run) {
  const Span* sentence = sentence_at(block.sentences, run.begin);
  return sentence != nullptr ? *sentence : block.block.span;
}

Span sentence_holding(const BlockAnalysis& block, Span run) {
  const Span* sentence = sentence_at(block.sentences, run.begin);
  return sentence != nullptr && sentence->contains(run) ? *sentence : block.block.span;
}

Polarity polarity_of(const BlockAnalysis& block, Span run) {
  return polarity_of(block, run, kNegationWindow);
}

// Only the cues near `run` are read, from the nearest back: the answer is settled once
// no earlier cue can end inside the sentence or near enough to negate the run. A quote in
// a paragraph of thousands of negations costs a few comparisons, not thousands.
Polarity polarity_of(const BlockAnalysis& block, Span run, std::size_t negation_window) {
  const Span sentence = sentence_of(block, run);
  const std::size_t far = beyond_window(block.tokens, run.begin, negation_window);
  const auto& cues = block.negations;
  // A cue starting at or after the run's end neither overlaps it nor stands before it.
  auto it =
      std::lower_bound(cues.begin(), cues.end(), run.end,
                       [](const NegationCue& c, std::size_t at) { return c.span.begin < at; });
  bool negation_in_sentence = false;
  while (it != cues.begin()) {
    const NegationCue& cue = *--it;
    // Every cue from here back ends at or before cue.begin + longest_negation.
    const std::size_t reach = cue.span.begin + block.longest_negation;
    if (reach <= far && (negation_in_sentence || reach <= sentence.begin))
      break;
    if (cue.span.overlaps(run))
      return Polarity::negative;
    if (cue.span.end > run.begin)
      continue;
    if (cue.span.end > sentence.begin)
      negation_in_sentence = true;
    if (more_words_between(block.tokens, cue.span.end, run.begin, negation_window))
      continue;
    // Beyond the next word, a negation of the verb does not reach a quote that names a
    // thing (« il ne faut pas pervertir ce « Ségur » »); a verb that negates does (« a exclu
    // toute « hausse » »).
    if (!cue.verb && more_words_between(block.tokens, cue.span.end, run.begin, 1) &&
        determiner_before(block, run.begin))
      continue;
    if (breaks_between(block, cue.span.end, run.begin))
      continue;
    return Polarity::negative;
  }
  return negation_in_sentence ? Polarity::unclear : Polarity::affirmative;
}

const Speaker& speaker_of(const BlockAnalysis& block, const Quote& quote) {
  return block.speakers[static_cast<std::size_t>(&quote - block.quotes.data())];
}

bool is_attributed(std::string_view text, const BlockAnalysis& block, const Quote& quote) {
  if (colon_before(text, block.block.span, quote.outer.begin))
    return true;
  auto near_before = [&](const RuleMatch& match) {
    return match.span.end <= quote.outer.begin &&
           !more_words_between(block.tokens, match.span.end, quote.outer.begin,
                               kAttributionWindow - 1) &&
           !breaks_between(block, match.span.end, quote.outer.begin);
  };
  auto near_after = [&](const RuleMatch& match) {
    return match.span.begin >= quote.outer.end &&
           !more_words_between(block.tokens, quote.outer.end, match.span.begin,
                               kAttributionWindow) &&
           !breaks_between(block, quote.outer.end, match.span.begin);
  };
  const auto& verbs = block.reporting_verbs;
  const auto& markers = block.attributions;
  return std::any_of(verbs.begin(), verbs.end(), near_before) ||
         std::any_of(verbs.begin(), verbs.end(), near_after) ||
         std::any_of(markers.begin(), markers.end(), near_after);
}

}  // namespace presscheck
