#include "factbase/claim_review.hpp"

#include <fmt/format.h>
#include <cstdint>

namespace presscheck::facts {
namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

// Runs of spaces count as one, and the ends are trimmed: a review republished with other
// line breaks in its claim is the same review.
void hash_folded(std::uint64_t& hash, std::string_view text) {
  bool pending_space = false;
  bool started = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = started;
      continue;
    }
    if (pending_space) {
      hash ^= static_cast<unsigned char>(' ');
      hash *= kFnvPrime;
      pending_space = false;
    }
    started = true;
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
}

}  // namespace

std::optional<ReviewVerdict> parse_review_verdict(std::string_view name) {
  if (name == "false")
    return ReviewVerdict::false_claim;
  if (name == "misleading")
    return ReviewVerdict::misleading;
  if (name == "mixed")
    return ReviewVerdict::mixed;
  if (name == "true")
    return ReviewVerdict::true_claim;
  if (name == "unrated")
    return ReviewVerdict::unrated;
  return std::nullopt;
}

std::string_view review_verdict_name(ReviewVerdict verdict) {
  switch (verdict) {
    case ReviewVerdict::false_claim:
      return "false";
    case ReviewVerdict::misleading:
      return "misleading";
    case ReviewVerdict::mixed:
      return "mixed";
    case ReviewVerdict::true_claim:
      return "true";
    case ReviewVerdict::unrated:
      break;
  }
  return "unrated";
}

bool is_debunked(ReviewVerdict verdict) {
  return verdict == ReviewVerdict::false_claim || verdict == ReviewVerdict::misleading;
}

std::string claim_review_id(std::string_view url, std::string_view claim) {
  std::uint64_t hash = kFnvOffset;
  hash_folded(hash, url);
  hash ^= 0;  // a separator no text holds, so that "ab"+"c" and "a"+"bc" differ
  hash *= kFnvPrime;
  hash_folded(hash, claim);
  return fmt::format("review-{:016x}", hash);
}

}  // namespace presscheck::facts
