#include "extract/past_claims.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "core/utf8.hpp"
#include "text/negation.hpp"
#include "text/stemmer.hpp"
#include "text/token.hpp"

namespace presscheck {
namespace {

// A claim of fewer content words ("vaccines kill") names a topic more than it makes a claim.
constexpr std::size_t kMinClaimWords = 3;
// The share of a claim's content words a sentence must hold: four in five.
constexpr double kShareNeeded = 0.8;

bool has_digit(std::string_view folded) {
  return std::any_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One-letter words are elisions (l', d') and initials: they tell no claim apart.
bool worth_comparing(const Token& token) {
  return token.folded.size() >= 2 || has_digit(token.folded);
}

// Numbers are compared as written, words by their stem.
std::string stem_of(Lang lang, const Token& token) {
  return has_digit(token.folded) ? token.folded : stem(lang, token.folded);
}

bool starts_upper(std::string_view text, const Token& token) {
  std::size_t pos = token.span.begin;
  return utf8::is_upper(utf8::next(text, pos));
}

bool overlaps_any(const std::vector<Span>& spans, Span span) {
  return std::any_of(spans.begin(), spans.end(), [&](Span s) { return s.overlaps(span); });
}

bool overlaps_any(const std::vector<RuleMatch>& matches, Span span) {
  return std::any_of(matches.begin(), matches.end(),
                     [&](const RuleMatch& match) { return match.span.overlaps(span); });
}

bool negating_word(const std::vector<NegationCue>& cues, Span span) {
  return std::any_of(cues.begin(), cues.end(),
                     [&](const NegationCue& cue) { return overlaps_any(cue.words, span); });
}

void add_unique(std::vector<std::string>& list, const std::string& item) {
  if (std::find(list.begin(), list.end(), item) == list.end())
    list.push_back(item);
}

// A question asks whether the claim holds; it does not repeat it.
bool is_question(std::string_view text, Span sentence) {
  std::string_view words = text.substr(sentence.begin, sentence.end - sentence.begin);
  while (!words.empty()) {
    std::size_t pos = words.size();
    const char32_t last = utf8::previous(words, pos);
    if (last == U'?')
      return true;
    if (utf8::is_word_char(last) || last == U'.' || last == U'!')
      return false;
    words = words.substr(0, pos);
  }
  return false;
}

std::size_t needed(std::size_t claim_words) {
  const auto share = static_cast<std::size_t>(std::ceil(kShareNeeded * claim_words));
  return std::max(kMinClaimWords, share);
}

}  // namespace

PastClaims::PastClaims(const std::vector<facts::ClaimReview>& reviews, const RuleSet& rules) {
  for (const facts::ClaimReview& review : reviews) {
    if (!facts::is_debunked(review.verdict))
      continue;
    const std::string& text = review.claim;
    const Span all{0, text.size()};
    const std::vector<Token> tokens = tokenize(text, all);
    const std::vector<RuleMatch> function_words =
        rules.kind(review.lang, RuleKindId::function_word).find_all(text, all);
    const std::vector<NegationCue> negations = find_negations(rules, review.lang, text, all);
    Claim claim{review, {}, {}, tokens.size(), !negations.empty()};
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token& token = tokens[i];
      if (!worth_comparing(token) || overlaps_any(function_words, token.span) ||
          negating_word(negations, token.span))
        continue;
      const std::string stem = stem_of(review.lang, token);
      add_unique(claim.stems, stem);
      // A name (capitalised past the first word) or a number is what the claim is about:
      // a sentence with another one makes another claim.
      if (has_digit(token.folded) || (i > 0 && starts_upper(text, token)))
        add_unique(claim.required, stem);
    }
    if (claim.stems.size() < kMinClaimWords)
      continue;
    for (const std::string& stem : claim.stems) {
      postings_[lang_index(review.lang)][stem].push_back(claims_.size());
      stem_starts_[lang_index(review.lang)].add(stem);
    }
    claims_.push_back(std::move(claim));
  }
}

std::vector<PastClaims::Candidate> PastClaims::candidates(
    const BlockAnalysis& block, const std::vector<std::string>& stems) const {
  const auto& postings = postings_[lang_index(block.lang)];
  std::unordered_set<std::string_view> distinct(stems.begin(), stems.end());
  std::unordered_map<std::size_t, std::size_t> shared;
  for (std::string_view stem : distinct) {
    if (stem.empty())
      continue;
    const auto found = postings.find(stem);
    if (found == postings.end())
      continue;
    for (const std::size_t claim : found->second)
      ++shared[claim];
  }
  std::vector<Candidate> kept;
  for (const auto& [index, count] : shared) {
    const Claim& claim = claims_[index];
    if (count >= needed(claim.stems.size()))
      kept.push_back({&claim, count});
  }
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
    if (a.shared != b.shared)
      return a.shared > b.shared;
    return a.claim->review.id < b.claim->review.id;
  });
  return kept;
}

// What a sentence's word compares by: its stem, or nothing when it is too short to tell
// claims apart or when its stem cannot be one the index holds. A stem outside the index
// matches no claim, so leaving it out changes no result and saves stemming most words.
std::string PastClaims::indexed_stem(Lang lang, const Token& token) const {
  if (!worth_comparing(token))
    return {};
  if (!has_digit(token.folded) && !stem_starts_[lang_index(lang)].may_stem_into(token.folded))
    return {};
  return stem_of(lang, token);
}

bool PastClaims::repeats(const Claim& claim, const BlockAnalysis& block, Span sentence,
                         const std::vector<std::string>& stems) const {
  for (const std::string& required : claim.required) {
    if (std::find(stems.begin(), stems.end(), required) == stems.end())
      return false;
  }
  // The claim's words stand together: not spread over a long sentence that says more.
  std::size_t first = stems.size();
  std::size_t last = 0;
  for (std::size_t i = 0; i < stems.size(); ++i) {
    if (std::find(claim.stems.begin(), claim.stems.end(), stems[i]) == claim.stems.end())
      continue;
    first = std::min(first, i);
    last = i;
  }
  if (first > last || last - first + 1 > claim.words * 3 / 2 + 3)
    return false;
  // A sentence that denies what the claim asserts (or the reverse) does not repeat it.
  const bool negative =
      std::any_of(block.negations.begin(), block.negations.end(),
                  [&](const NegationCue& cue) { return cue.span.overlaps(sentence); });
  return negative == claim.negative;
}

std::vector<const facts::ClaimReview*> PastClaims::repeated_in(std::string_view text,
                                                               const BlockAnalysis& block,
                                                               Span sentence,
                                                               const RuleSet& rules) const {
  if (postings_[lang_index(block.lang)].empty() || is_question(text, sentence))
    return {};
  const auto [first_token, last_token] = tokens_inside(block.tokens, sentence);
  std::vector<std::string> stems;
  stems.reserve(last_token - first_token);
  for (std::size_t i = first_token; i < last_token; ++i) {
    const Token& token = block.tokens[i];
    stems.push_back(indexed_stem(block.lang, token));
  }
  std::vector<const facts::ClaimReview*> repeated;
  for (const Candidate& candidate : candidates(block, stems)) {
    if (repeats(*candidate.claim, block, sentence, stems))
      repeated.push_back(&candidate.claim->review);
  }
  // Read last, and only for the few sentences that repeat a claim: a sentence calling it
  // false corrects it.
  if (!repeated.empty() && !rules.kind(block.lang, RuleKindId::rebuttal)
                                .find_all(text, sentence, block.rules_present)
                                .empty())
    return {};
  return repeated;
}

}  // namespace presscheck
