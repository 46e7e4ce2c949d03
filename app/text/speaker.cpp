#include "text/speaker.hpp"

#include <algorithm>
#include <iterator>

#include "core/utf8.hpp"
#include "text/sentence.hpp"

namespace presscheck {
namespace {

// How far from a quote its reporting verb may stand, in words: "…," the Labour leader
// told reporters; the name itself may take a few more words.
constexpr std::size_t kVerbReach = 5;
constexpr std::size_t kNameWords = 5;

// Words that name nobody: determiners, honorifics and the verb's auxiliaries. They live here
// rather than in a rule pack because they only serve to skip words when naming a speaker.
constexpr std::string_view kNotNames[] = {
    "le",  "la",    "les", "l",    "un",    "une", "de",  "du",  "des", "d",    "a",
    "ont", "avait", "t",   "m",    "mme",   "mm",  "the", "an",  "of",  "mr",   "mrs",
    "ms",  "dr",    "has", "had",  "have",  "sir", "ne",  "n",   "pas", "plus", "does",
    "did", "do",    "not", "will", "would", "is",  "was", "also"};

// Pronouns stand for a speaker named before them.
constexpr std::string_view kPronouns[] = {"il", "elle", "ils",  "elles", "on",
                                          "he", "she",  "they", "we",    "nous"};

template <std::size_t N>
bool listed(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

std::size_t first_token_from(const std::vector<Token>& tokens, std::size_t offset) {
  return static_cast<std::size_t>(
      std::lower_bound(tokens.begin(), tokens.end(), offset,
                       [](const Token& t, std::size_t at) { return t.span.begin < at; }) -
      tokens.begin());
}

// Sentences, clause breaks and rule matches are in text order: searches keep a paragraph of
// thousands of quotes linear.
Span sentence_around(const SpeakerContext& context, std::size_t offset) {
  const Span* sentence = sentence_at(context.sentences, offset);
  return sentence != nullptr ? *sentence : Span{0, context.text.size()};
}

bool break_between(const SpeakerContext& context, std::size_t from, std::size_t to) {
  const auto& breaks = context.clause_breaks;
  const auto brk = std::lower_bound(breaks.begin(), breaks.end(), from,
                                    [](Span b, std::size_t at) { return b.begin < at; });
  return brk != breaks.end() && brk->end <= to;
}

// Whether a clause break that is a word (and, mais, that) stands between two offsets: the
// verb after it belongs to another clause, not to the quote ("…" and admits…).
bool word_break_between(const SpeakerContext& context, std::size_t from, std::size_t to) {
  const auto& breaks = context.clause_breaks;
  for (auto brk = std::lower_bound(breaks.begin(), breaks.end(), from,
                                   [](Span b, std::size_t at) { return b.begin < at; });
       brk != breaks.end() && brk->end <= to; ++brk) {
    std::size_t at = brk->begin;
    if (utf8::is_word_char(utf8::next(context.text, at)))
      return true;
  }
  return false;
}

// The name words of tokens [first, last): pronouns kept (they are resolved later), the
// words that name nobody dropped.
Speaker name_in(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  Speaker speaker;
  for (std::size_t i = first; i < last; ++i) {
    if (!listed(kNotNames, tokens[i].folded))
      speaker.words.push_back(tokens[i].folded);
  }
  return speaker;
}

// Whether tokens [first, last) can begin a speaker's name: nothing at all, a word that names
// nobody (the, le, a), a pronoun, or a capital ("…," Mr Howard said). "…, and adds" cannot.
bool opens_a_name(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                  std::size_t last) {
  if (first >= last || listed(kNotNames, tokens[first].folded) ||
      listed(kPronouns, tokens[first].folded))
    return true;
  std::size_t at = tokens[first].span.begin;
  return utf8::is_upper(utf8::next(text, at));
}

bool is_pronoun(const Speaker& speaker) {
  return !speaker.words.empty() &&
         std::all_of(speaker.words.begin(), speaker.words.end(),
                     [](const std::string& w) { return listed(kPronouns, w); });
}

auto first_match_from(const std::vector<RuleMatch>& matches, std::size_t offset) {
  return std::lower_bound(matches.begin(), matches.end(), offset,
                          [](const RuleMatch& m, std::size_t at) { return m.span.begin < at; });
}

const RuleMatch* first_match_in(const std::vector<RuleMatch>& matches, std::size_t from,
                                std::size_t to) {
  for (auto it = first_match_from(matches, from); it != matches.end() && it->span.begin < to;
       ++it) {
    if (it->span.end <= to)
      return &*it;
  }
  return nullptr;
}

// "…," Mr Howard said / said Mr Howard; « … », a déclaré le ministre / selon le ministre.
Speaker speaker_after(const SpeakerContext& context, const Quote& quote, Span sentence) {
  const auto& tokens = context.tokens;
  const std::size_t start = first_token_from(tokens, quote.outer.end);
  const std::size_t reach = std::min(tokens.size(), start + kVerbReach);
  if (start >= reach || tokens[start].span.begin >= sentence.end)
    return {};
  const std::size_t limit = std::min(sentence.end, tokens[reach - 1].span.end);
  const RuleMatch* verb = first_match_in(context.reporting_verbs, quote.outer.end, limit);
  if (verb == nullptr)
    verb = first_match_in(context.attributions, quote.outer.end, limit);
  if (verb == nullptr || word_break_between(context, quote.outer.end, verb->span.begin))
    return {};
  const std::size_t verb_first = first_token_from(tokens, verb->span.begin);
  if (!opens_a_name(context.text, tokens, start, verb_first))
    return {};  // « …, tout en reconnaissant » : the verb is not the quote's
  Speaker before = name_in(tokens, start, verb_first);
  if (before.known())
    return before;
  // The name after the verb, up to the next clause break or the sentence's end.
  std::size_t last = first_token_from(tokens, verb->span.end);
  const std::size_t name_begin = last;
  while (last < tokens.size() && last < name_begin + kNameWords &&
         tokens[last].span.end <= sentence.end &&
         !break_between(context, verb->span.end, tokens[last].span.begin))
    ++last;
  return name_in(tokens, name_begin, last);
}

// Howard says Labour is "rattled"; « Le ministre a qualifié le plan de « réaliste » ».
Speaker speaker_before(const SpeakerContext& context, const Quote& quote, Span sentence) {
  // The last reporting verb that ends before the quote, in its sentence.
  const auto& verbs = context.reporting_verbs;
  auto it = first_match_from(verbs, quote.outer.begin);
  while (it != verbs.begin() && std::prev(it)->span.end > quote.outer.begin)
    --it;
  if (it == verbs.begin() || std::prev(it)->span.begin < sentence.begin)
    return {};
  const RuleMatch* verb = &*std::prev(it);
  const auto& tokens = context.tokens;
  const std::size_t verb_first = first_token_from(tokens, verb->span.begin);
  std::size_t first = verb_first;
  while (first > 0 && verb_first - first < kNameWords &&
         tokens[first - 1].span.begin >= sentence.begin &&
         !break_between(context, tokens[first - 1].span.end, verb->span.begin))
    --first;
  return name_in(tokens, first, verb_first);
}

// « Le ministre : « … » », "Howard: '…'".
Speaker speaker_at_colon(const SpeakerContext& context, const Quote& quote, Span sentence) {
  std::size_t pos = quote.outer.begin;
  while (pos > sentence.begin) {
    std::size_t previous = pos;
    const char32_t cp = utf8::previous(context.text, previous);
    if (cp == ':')
      break;
    if (!utf8::is_space(cp))
      return {};
    pos = previous;
  }
  if (pos <= sentence.begin)
    return {};
  const auto& tokens = context.tokens;
  const std::size_t end = first_token_from(tokens, pos);
  std::size_t first = end;
  while (first > 0 && end - first < kNameWords && tokens[first - 1].span.begin >= sentence.begin)
    --first;
  return name_in(tokens, first, end);
}

}  // namespace

bool same_speaker(const Speaker& a, const Speaker& b) {
  auto within = [](const Speaker& part, const Speaker& whole) {
    bool any = false;
    for (const std::string& word : part.words) {
      if (word.size() < 3)
        continue;
      if (std::find(whole.words.begin(), whole.words.end(), word) == whole.words.end())
        return false;
      any = true;
    }
    return any;
  };
  return within(a, b) || within(b, a);
}

std::vector<Speaker> find_speakers(const SpeakerContext& context,
                                   const std::vector<Quote>& quotes) {
  std::vector<Speaker> speakers;
  speakers.reserve(quotes.size());
  Speaker last_named;
  for (const Quote& quote : quotes) {
    const Span sentence = sentence_around(context, quote.outer.begin);
    Speaker speaker = speaker_after(context, quote, sentence);
    if (!speaker.known())
      speaker = speaker_before(context, quote, sentence);
    if (!speaker.known())
      speaker = speaker_at_colon(context, quote, sentence);
    if (is_pronoun(speaker))
      speaker = last_named;
    else if (speaker.known())
      last_named = speaker;
    speakers.push_back(std::move(speaker));
  }
  return speakers;
}

}  // namespace presscheck
