#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/lang.hpp"

namespace presscheck::facts {

/// What a fact-checker concluded of a claim, once its published rating is read: the checks
/// act on false and misleading claims only.
enum class ReviewVerdict { false_claim, misleading, mixed, true_claim, unrated };

std::optional<ReviewVerdict> parse_review_verdict(std::string_view name);
/// "false", "misleading", "mixed", "true" or "unrated", as the fact files write it.
std::string_view review_verdict_name(ReviewVerdict verdict);
/// Whether a draft repeating a claim with this verdict deserves a warning.
bool is_debunked(ReviewVerdict verdict);

/// One claim as a fact-checker reviewed it (schema.org ClaimReview): what was claimed, by
/// whom and when, the rating published and what it means, who reviewed it, when, where.
struct ClaimReview {
  std::string id;
  std::string claim;  // the words claimed, as the review quotes them
  Lang lang = Lang::fr;
  std::string claimant;  // who made the claim, or empty
  std::optional<Date> claim_date;
  std::string rating;  // the textual rating as published (« Faux », "Pants on Fire")
  std::optional<double> rating_value;
  std::optional<double> best_rating;
  std::optional<double> worst_rating;
  ReviewVerdict verdict = ReviewVerdict::unrated;
  std::string reviewer;  // the fact-checker's name
  std::optional<Date> review_date;
  std::string url;    // the review's page
  std::string title;  // the review's headline, or empty
};

/// The id of a review: a hash of its URL and its claim text (spacing folded), so that the
/// same review imported again replaces itself, and one page reviewing two claims keeps both.
std::string claim_review_id(std::string_view url, std::string_view claim);

}  // namespace presscheck::facts
