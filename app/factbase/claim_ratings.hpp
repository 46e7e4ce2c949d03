#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "factbase/claim_review.hpp"

namespace presscheck::facts {

/// How published ratings read as verdicts: a TOML file (facts/claim-ratings.toml), data that
/// fact-checkers extend without touching code.
class ClaimRatings {
 public:
  /// Reads a ratings file strictly: an unknown key, a rating listed twice, a threshold out
  /// of order are each `file:line:col: error: …` with the line, all thrown as one
  /// MappingError.
  static ClaimRatings load(const std::filesystem::path& path);

  /// The verdict of a rating: its text when the table knows it (whole, or as the first
  /// words of a longer rating: « Faux. Le chiffre… »), else where its value lies between
  /// the worst and the best rating, else unrated.
  ReviewVerdict classify(std::string_view text, std::optional<double> value,
                         std::optional<double> best, std::optional<double> worst) const;

  /// The form ratings are compared in: folded case and accents, punctuation as spaces.
  static std::string key(std::string_view text);

  /// Upper bounds of a value's place between the worst rating (0) and the best (1), for
  /// false, misleading and mixed; above the last, true.
  struct Bounds {
    double false_up_to = 0.2;
    double misleading_up_to = 0.4;
    double mixed_up_to = 0.6;
  };

 private:
  ClaimRatings(std::map<std::string, ReviewVerdict, std::less<>> by_text, Bounds bounds)
      : by_text_(std::move(by_text)), bounds_(bounds) {}

  std::map<std::string, ReviewVerdict, std::less<>> by_text_;  // by key()
  Bounds bounds_;
};

}  // namespace presscheck::facts
