#include "factbase/claim_ratings.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>
#include <algorithm>
#include <vector>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "factbase/toml_problems.hpp"
#include "factbase/wikidata_mapping.hpp"

namespace presscheck::facts {
namespace {

constexpr std::string_view kVerdictKeys = "false, misleading, mixed, true";

std::optional<ReviewVerdict> listed_verdict(std::string_view key) {
  const auto verdict = parse_review_verdict(key);
  return verdict == ReviewVerdict::unrated ? std::nullopt : verdict;
}

using RatingTable = std::map<std::string, ReviewVerdict, std::less<>>;

// [verdicts]: each verdict lists the ratings that mean it; a rating means one verdict only.
void read_verdicts(const toml::table& table, RatingTable& by_text, TomlProblems& problems) {
  for (const auto& [key, node] : table) {
    const auto verdict = listed_verdict(key.str());
    if (!verdict) {
      problems.add(key.source(),
                   fmt::format("unknown verdict `{}` (expected {})", key.str(), kVerdictKeys));
      continue;
    }
    const toml::array* list = node.as_array();
    if (list == nullptr) {
      problems.add(node.source(), fmt::format("`{}` must be a list of ratings", key.str()));
      continue;
    }
    for (const toml::node& item : *list) {
      const auto text = item.value<std::string>();
      const std::string rating_key = text ? ClaimRatings::key(*text) : std::string();
      if (rating_key.empty()) {
        problems.add(item.source(), "a rating must be a string holding a word");
        continue;
      }
      const auto [it, added] = by_text.emplace(rating_key, *verdict);
      if (!added) {
        problems.add(item.source(), fmt::format("rating \"{}\" is listed twice (already as {})",
                                                *text, review_verdict_name(it->second)));
      }
    }
  }
}

// [numeric]: where a value between the worst and the best rating stops meaning each verdict.
void read_numeric(const toml::table& table, ClaimRatings::Bounds& bounds, TomlProblems& problems) {
  for (const auto& [key, node] : table) {
    double* bound = key.str() == "false"        ? &bounds.false_up_to
                    : key.str() == "misleading" ? &bounds.misleading_up_to
                    : key.str() == "mixed"      ? &bounds.mixed_up_to
                                                : nullptr;
    if (bound == nullptr) {
      problems.add(key.source(), fmt::format("unknown key `{}` in [numeric] (expected false, "
                                             "misleading, mixed)",
                                             key.str()));
      continue;
    }
    const auto value = node.value<double>();
    if (!value || *value < 0 || *value > 1) {
      problems.add(node.source(), fmt::format("`{}` must be a number from 0 to 1", key.str()));
      continue;
    }
    *bound = *value;
  }
  if (!(bounds.false_up_to <= bounds.misleading_up_to &&
        bounds.misleading_up_to <= bounds.mixed_up_to)) {
    problems.add(table.source(), "the bounds must grow: false <= misleading <= mixed");
  }
}

}  // namespace

std::string ClaimRatings::key(std::string_view text) {
  const std::string folded = utf8::fold(text);
  std::string key;
  std::size_t pos = 0;
  bool pending_space = false;
  while (pos < folded.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8::next(folded, pos);
    if (!utf8::is_word_char(cp)) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space)
      key += ' ';
    pending_space = false;
    key.append(folded, start, pos - start);
  }
  return key;
}

ClaimRatings ClaimRatings::load(const std::filesystem::path& path) {
  auto [problems, root] = parse_toml_file(path, "ratings file");
  RatingTable by_text;
  Bounds bounds;
  for (const auto& [key, node] : root) {
    if (key.str() == "verdicts" && node.is_table()) {
      read_verdicts(*node.as_table(), by_text, problems);
    } else if (key.str() == "numeric" && node.is_table()) {
      read_numeric(*node.as_table(), bounds, problems);
    } else if (key.str() == "verdicts" || key.str() == "numeric") {
      problems.add(node.source(), fmt::format("`{}` must be a table", key.str()));
    } else {
      problems.add(key.source(),
                   fmt::format("unknown key `{}` (expected verdicts or numeric)", key.str()));
    }
  }
  if (by_text.empty())
    problems.add(root.source(), "the file lists no rating: add a [verdicts] table");
  problems.throw_if_any();
  return ClaimRatings(std::move(by_text), bounds);
}

ReviewVerdict ClaimRatings::classify(std::string_view text, std::optional<double> value,
                                     std::optional<double> best,
                                     std::optional<double> worst) const {
  const std::string rating = key(text);
  if (const auto found = by_text_.find(rating); found != by_text_.end())
    return found->second;
  // The longest listed rating the text begins with, as whole words: « faux le chiffre… ».
  for (std::size_t cut = rating.rfind(' '); cut != std::string::npos && cut > 0;
       cut = rating.rfind(' ', cut - 1)) {
    if (const auto found = by_text_.find(std::string_view(rating).substr(0, cut));
        found != by_text_.end())
      return found->second;
  }
  if (!value || !best || !worst || *best == *worst)
    return ReviewVerdict::unrated;
  const double place = (*value - *worst) / (*best - *worst);
  if (place < 0 || place > 1)
    return ReviewVerdict::unrated;
  if (place <= bounds_.false_up_to)
    return ReviewVerdict::false_claim;
  if (place <= bounds_.misleading_up_to)
    return ReviewVerdict::misleading;
  if (place <= bounds_.mixed_up_to)
    return ReviewVerdict::mixed;
  return ReviewVerdict::true_claim;
}

}  // namespace presscheck::facts
