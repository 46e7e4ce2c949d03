#pragma once

#include <string>
#include <vector>

#include "core/json_writer.hpp"
#include "core/lang.hpp"
#include "factbase/claim_review.hpp"
#include "render/cards/terminal_style.hpp"

namespace presscheck {

/// The past fact-checks a lookup found, as text: a heading, then per review its verdict,
/// the claim, who said it, who rated it when and how, and the review's address.
std::string render_past_checks_text(const std::vector<facts::ClaimReview>& reviews, Lang lang,
                                    const Style& style);

/// The same as a JSON array value (the caller writes its key).
void write_past_checks_json(JsonWriter& json, const std::vector<facts::ClaimReview>& reviews);

}  // namespace presscheck
