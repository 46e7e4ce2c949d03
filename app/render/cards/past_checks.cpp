#include "render/cards/past_checks.hpp"

#include <fmt/format.h>

#include "analysis/fact_evidence.hpp"
#include "core/terminal_safe.hpp"
#include "render/cards/text_columns.hpp"

namespace presscheck {
namespace {

constexpr std::size_t kMargin = 2;
constexpr std::size_t kColumn = 16;

Painted verdict_tag(facts::ReviewVerdict verdict, Lang lang) {
  switch (verdict) {
    case facts::ReviewVerdict::false_claim:
      return {std::string(pick(lang, "faux", "false")), Tone::bad};
    case facts::ReviewVerdict::misleading:
      return {std::string(pick(lang, "trompeur", "misleading")), Tone::warn};
    case facts::ReviewVerdict::mixed:
      return {std::string(pick(lang, "mitigé", "mixed")), Tone::faint};
    case facts::ReviewVerdict::true_claim:
      return {std::string(pick(lang, "vrai", "true")), Tone::good};
    case facts::ReviewVerdict::unrated:
      break;
  }
  return {std::string(pick(lang, "non noté", "unrated")), Tone::faint};
}

std::string quoted(std::string_view text, Lang lang) {
  return lang == Lang::fr ? fmt::format("« {} »", text) : fmt::format("\"{}\"", text);
}

// « Les Vérificateurs, 4 mars 2024 : « Faux » », "Fact Desk, 4 March 2024: "False""
std::string rated(const facts::ClaimReview& review, Lang lang) {
  std::string who = review.reviewer;
  if (review.review_date)
    who += (who.empty() ? "" : ", ") + show_date(*review.review_date, lang);
  if (review.rating.empty())
    return who;
  return fmt::format("{}{}{}", who, who.empty() ? "" : pick(lang, " : ", ": "),
                     quoted(review.rating, review.lang));
}

void optional_date(JsonWriter& json, std::string_view key, const std::optional<Date>& date) {
  json.key(key);
  if (date)
    json.value(date->iso());
  else
    json.null();
}

}  // namespace

std::string render_past_checks_text(const std::vector<facts::ClaimReview>& reviews, Lang lang,
                                    const Style& style) {
  std::string out =
      style.paint(pick(lang, "Vérifications passées :", "Past fact-checks:"), Tone::strong);
  out += '\n';
  for (const facts::ClaimReview& review : reviews) {
    Row row{{verdict_tag(review.verdict, lang)},
            {{terminal_safe(quoted(review.claim, review.lang)), Tone::strong}}};
    if (!review.claimant.empty()) {
      std::string said =
          fmt::format("{} {}", pick(lang, "affirmé par", "claimed by"), review.claimant);
      if (review.claim_date)
        said += fmt::format(", {}", show_date(*review.claim_date, lang));
      row.right.push_back({terminal_safe(said), Tone::plain});
    }
    row.right.push_back({terminal_safe(rated(review, lang)), Tone::plain});
    row.right.push_back({terminal_safe(review.url), Tone::faint, true});
    append_row(out, style, row, kMargin, kColumn);
  }
  return out;
}

void write_past_checks_json(JsonWriter& json, const std::vector<facts::ClaimReview>& reviews) {
  json.begin_array();
  for (const facts::ClaimReview& review : reviews) {
    json.begin_object();
    json.key("id").value(review.id).key("claim").value(review.claim);
    json.key("lang").value(lang_code(review.lang)).key("claimant").value(review.claimant);
    optional_date(json, "claim_date", review.claim_date);
    json.key("rating").value(review.rating);
    json.key("verdict").value(facts::review_verdict_name(review.verdict));
    json.key("reviewer").value(review.reviewer);
    optional_date(json, "review_date", review.review_date);
    json.key("url").value(review.url).key("title").value(review.title);
    json.end_object();
  }
  json.end_array();
}

}  // namespace presscheck
