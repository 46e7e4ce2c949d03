#pragma once

#include <string>
#include <vector>

#include "factbase/claim_review.hpp"
#include "factbase/fact_set.hpp"
#include "factbase/record_fields.hpp"

namespace presscheck::facts {

/// Reads the fields of a `claim_review` record of a fact file (its id is read already).
void parse_claim_review(Fields& fields, ClaimReview& review);

/// The canonical JSON Lines text of a review, as `facts export` writes it.
std::string to_json(const ClaimReview& review);

/// Reports two reviews of one claim on one page under different ids: importing that review
/// again would not know which to replace.
void check_claim_reviews(const std::vector<Located<ClaimReview>>& reviews,
                         std::vector<Problem>& problems);

}  // namespace presscheck::facts
