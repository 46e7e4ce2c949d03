#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.hpp"
#include "factbase/claim_ratings.hpp"
#include "factbase/claim_review.hpp"
#include "factbase/fact_set.hpp"

namespace presscheck::facts {

/// What reading ClaimReview files gave: the reviews, what was left out and why, and the
/// problems that stop the import (each with its file and line).
struct ClaimReviewFiles {
  std::vector<Located<ClaimReview>> reviews;   // one per id, the last read wins
  std::size_t read = 0;                        // reviews found in the files
  std::map<std::string, std::size_t> skipped;  // reviews left out, by reason
  /// Reviews kept as unrated: their rating is in no list of the ratings file and gives no
  /// usable number. By rating as published ("" for none).
  std::map<std::string, std::size_t> unrated;
  std::vector<Problem> problems;
};

/// Reads schema.org ClaimReview JSON-LD (one object, an array, a `@graph`, a DataFeed, at
/// any depth; also one object per line) and Fact Check Tools API `claims:search` responses
/// (`{"claims":[…]}`), also .gz and .bz2. Ratings become verdicts through `ratings`;
/// reviews that give no language take `fallback_lang`, and reviews in other languages than
/// French and English are left out. Throws UserError when a file cannot be read.
ClaimReviewFiles read_claimreview_files(const std::vector<std::string>& files,
                                        const ClaimRatings& ratings,
                                        std::optional<Lang> fallback_lang);

}  // namespace presscheck::facts
