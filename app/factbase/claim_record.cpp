#include "factbase/claim_record.hpp"

#include <fmt/format.h>
#include <unordered_map>

#include "core/json_writer.hpp"

namespace presscheck::facts {
namespace {

std::optional<double> number(Fields& fields, std::string_view key) {
  const JsonValue* value = fields.get(key, JsonValue::Type::number, false);
  return value == nullptr ? std::nullopt : std::optional(value->as_number());
}

void write_text(JsonWriter& out, std::string_view key, const std::string& text) {
  if (!text.empty())
    out.key(key).value(text);
}

void write_date(JsonWriter& out, std::string_view key, const std::optional<Date>& date) {
  if (date)
    out.key(key).value(date->iso());
}

void write_number(JsonWriter& out, std::string_view key, const std::optional<double>& number) {
  if (number)
    out.key(key).value(*number);
}

}  // namespace

void parse_claim_review(Fields& fields, ClaimReview& review) {
  review.claim = fields.string("claim", true);
  const std::string lang = fields.string("lang", true);
  if (!lang.empty())
    review.lang = fields.lang(lang, "lang").value_or(Lang::fr);
  review.claimant = fields.string("claimant", false);
  review.claim_date = fields.date("claim_date");
  review.rating = fields.string("rating", false);
  review.rating_value = number(fields, "rating_value");
  review.best_rating = number(fields, "best_rating");
  review.worst_rating = number(fields, "worst_rating");
  const std::string verdict = fields.string("verdict", true);
  if (!verdict.empty()) {
    if (const auto parsed = parse_review_verdict(verdict))
      review.verdict = *parsed;
    else
      fields.report(
          fmt::format("unknown verdict \"{}\" (expected false, misleading, mixed, "
                      "true or unrated)",
                      verdict));
  }
  review.reviewer = fields.string("reviewer", true);
  review.review_date = fields.date("review_date");
  review.url = fields.string("url", true);
  if (!review.url.empty() && !review.url.starts_with("https://") &&
      !review.url.starts_with("http://")) {
    fields.report("field \"url\" must start with https:// or http://");
  }
  review.title = fields.string("title", false);
}

std::string to_json(const ClaimReview& review) {
  JsonWriter out;
  out.begin_object();
  out.key("type").value("claim_review").key("id").value(review.id);
  out.key("claim").value(review.claim);
  out.key("lang").value(lang_code(review.lang));
  write_text(out, "claimant", review.claimant);
  write_date(out, "claim_date", review.claim_date);
  write_text(out, "rating", review.rating);
  write_number(out, "rating_value", review.rating_value);
  write_number(out, "best_rating", review.best_rating);
  write_number(out, "worst_rating", review.worst_rating);
  out.key("verdict").value(review_verdict_name(review.verdict));
  out.key("reviewer").value(review.reviewer);
  write_date(out, "review_date", review.review_date);
  out.key("url").value(review.url);
  write_text(out, "title", review.title);
  return out.end_object().str();
}

void check_claim_reviews(const std::vector<Located<ClaimReview>>& reviews,
                         std::vector<Problem>& problems) {
  std::unordered_map<std::string, const Located<ClaimReview>*> by_content;
  for (const auto& located : reviews) {
    const ClaimReview& review = located.record;
    const auto [it, added] =
        by_content.emplace(claim_review_id(review.url, review.claim), &located);
    if (!added && it->second->record.id != review.id) {
      problems.push_back({located.origin, fmt::format("claim review \"{}\" reviews the same claim "
                                                      "at the same URL as \"{}\" ({})",
                                                      review.id, it->second->record.id,
                                                      format_origin(it->second->origin))});
    }
  }
}

}  // namespace presscheck::facts
