#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.hpp"
#include "factbase/claim_review.hpp"
#include "rulepack/rule_set.hpp"
#include "text/analysis.hpp"
#include "text/stem_starts.hpp"

namespace presscheck {

/// The claims fact-checkers rated false or misleading, read once per run and indexed by the
/// stems of their content words, to find the draft sentences that repeat one.
class PastClaims {
 public:
  PastClaims() = default;
  /// Keeps the debunked reviews of `reviews` that have enough content words to be told
  /// apart from a mere topic (three at least), with the function words and negations of
  /// their language read by `rules`.
  PastClaims(const std::vector<facts::ClaimReview>& reviews, const RuleSet& rules);

  bool empty() const { return claims_.empty(); }

  /// The reviewed claims that `sentence` of `block` repeats, best first. A sentence repeats
  /// a claim of its own language when it holds most of the claim's content words (at
  /// least four in five, by stem), all of its numbers and names, close together, and
  /// agrees with it on negation; a question, or a sentence that calls something false
  /// (« faux », "debunked"), repeats nothing.
  std::vector<const facts::ClaimReview*> repeated_in(std::string_view text,
                                                     const BlockAnalysis& block, Span sentence,
                                                     const RuleSet& rules) const;

 private:
  struct Claim {
    facts::ClaimReview review;
    std::vector<std::string> stems;     // distinct content stems
    std::vector<std::string> required;  // numbers and names, by stem
    std::size_t words = 0;              // every word of the claim, function words too
    bool negative = false;              // the claim itself denies something
  };

  struct Candidate {
    const Claim* claim = nullptr;
    std::size_t shared = 0;
  };

  std::vector<Candidate> candidates(const BlockAnalysis& block,
                                    const std::vector<std::string>& stems) const;
  std::string indexed_stem(Lang lang, const Token& token) const;
  bool repeats(const Claim& claim, const BlockAnalysis& block, Span sentence,
               const std::vector<std::string>& stems) const;

  std::vector<Claim> claims_;
  std::array<StringMap<std::vector<std::size_t>>, 2> postings_;  // fr, en
  std::array<StemStarts, 2> stem_starts_;                        // of the postings' stems
};

}  // namespace presscheck
