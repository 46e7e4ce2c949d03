#include "factbase/claimreview_reader.hpp"

#include <fmt/format.h>
#include <charconv>
#include <unordered_map>

#include "core/json_reader.hpp"
#include "core/utf8.hpp"
#include "factbase/line_reader.hpp"

namespace presscheck::facts {
namespace {

using Type = JsonValue::Type;

bool is_claim_review(const JsonValue& object) {
  const JsonValue* type = object.find("@type");
  if (type == nullptr)
    return false;
  auto names_it = [](const JsonValue& name) {
    return name.is_string() && name.as_string().ends_with("ClaimReview");
  };
  if (type->is_array()) {
    for (const JsonValue& name : type->as_array()) {
      if (names_it(name))
        return true;
    }
    return false;
  }
  return names_it(*type);
}

// "fr", "fr-FR", "French", « français », or {"name": …, "alternateName": "fr"}.
std::optional<Lang> language_of(const JsonValue& value) {
  if (value.is_object()) {
    for (const char* key : {"alternateName", "name"}) {
      if (const JsonValue* part = value.find(key)) {
        if (auto lang = language_of(*part))
          return lang;
      }
    }
    return std::nullopt;
  }
  if (!value.is_string())
    return std::nullopt;
  const std::string folded = utf8::fold(value.as_string());
  const std::string code = folded.substr(0, folded.find_first_of("-_"));
  if (code == "fr" || code == "fra" || code == "fre" || code == "french" || code == "francais")
    return Lang::fr;
  if (code == "en" || code == "eng" || code == "english" || code == "anglais")
    return Lang::en;
  return std::nullopt;
}

/// Reads the reviews of one file, reporting each problem at the line of the value at fault.
class ReviewReader {
 public:
  ReviewReader(const std::string& file, const ClaimRatings& ratings,
               std::optional<Lang> fallback_lang, ClaimReviewFiles& out)
      : file_(file), ratings_(ratings), fallback_lang_(fallback_lang), out_(out) {}

  // The document's shape decides how it is read: an API response, or JSON-LD anywhere.
  void read(const JsonValue& root) {
    const JsonValue* claims = root.is_object() ? root.find("claims") : nullptr;
    if (claims != nullptr && root.find("@type") == nullptr) {
      read_api(*claims);
      return;
    }
    const std::size_t before = out_.read;
    const std::size_t problems_before = out_.problems.size();
    walk(root);
    if (out_.read == before && out_.problems.size() == problems_before)
      problem(root,
              "no ClaimReview in this JSON (expected schema.org ClaimReview objects or a "
              "Fact Check Tools API response {\"claims\": […]})");
  }

  /// Lines of a value are counted from its own line when a file holds one object per line.
  void start_at_line(std::size_t line) { line_offset_ = line - 1; }

 private:
  Origin origin(const JsonValue& at) const { return {file_, at.line + line_offset_}; }

  void problem(const JsonValue& at, std::string message) {
    out_.problems.push_back({origin(at), std::move(message)});
  }

  void skip(std::string reason) { ++out_.skipped[std::move(reason)]; }

  // Every object typed ClaimReview, inside arrays, @graph, DataFeed items and the like.
  void walk(const JsonValue& value) {
    if (value.is_array()) {
      for (const JsonValue& item : value.as_array())
        walk(item);
    } else if (value.is_object()) {
      if (is_claim_review(value)) {
        read_json_ld(value);
        return;
      }
      for (const auto& member : value.as_object())
        walk(member.second);
    }
  }

  const JsonValue* typed(const JsonValue& object, std::string_view key, Type type) {
    const JsonValue* value = object.find(key);
    if (value == nullptr || value->is_null())
      return nullptr;
    if (value->type() != type) {
      problem(*value, fmt::format("\"{}\" must be {}, not {}", key, json_type_name(type),
                                  json_type_name(value->type())));
      return nullptr;
    }
    return value;
  }

  std::string text(const JsonValue& object, std::string_view key) {
    const JsonValue* value = typed(object, key, Type::string);
    return value == nullptr ? std::string() : value->as_string();
  }

  // A name given as a string, an object with "name", or a list of those (the first).
  std::string name(const JsonValue& object, std::string_view key) {
    const JsonValue* value = object.find(key);
    if (value == nullptr || value->is_null())
      return {};
    if (value->is_array())
      value = value->as_array().empty() ? nullptr : &value->as_array().front();
    if (value == nullptr)
      return {};
    if (value->is_string())
      return value->as_string();
    if (value->is_object())
      return text(*value, "name");
    problem(*value, fmt::format("\"{}\" must be a name or an object with a \"name\"", key));
    return {};
  }

  std::optional<Date> date(const JsonValue& object, std::string_view key) {
    const JsonValue* value = typed(object, key, Type::string);
    if (value == nullptr || value->as_string().empty())
      return std::nullopt;
    const auto parsed = Date::parse_iso(value->as_string());
    if (!parsed)
      problem(*value, fmt::format("\"{}\": \"{}\" is not an ISO 8601 date (YYYY-MM-DD)", key,
                                  value->as_string()));
    return parsed;
  }

  // schema.org allows "1" as well as 1.
  std::optional<double> number(const JsonValue& object, std::string_view key) {
    const JsonValue* value = object.find(key);
    if (value == nullptr || value->is_null())
      return std::nullopt;
    if (value->is_number())
      return value->as_number();
    if (value->is_string()) {
      const std::string& digits = value->as_string();
      double parsed = 0;
      const auto [end, error] =
          std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
      if (error == std::errc() && end == digits.data() + digits.size())
        return parsed;
    }
    problem(*value, fmt::format("\"{}\" must be a number", key));
    return std::nullopt;
  }

  void read_json_ld(const JsonValue& review) {
    ++out_.read;
    problems_before_review_ = out_.problems.size();
    ClaimReview record;
    record.claim = text(review, "claimReviewed");
    record.url = text(review, "url");
    if (const JsonValue* item = typed(review, "itemReviewed", Type::object)) {
      record.claimant = name(*item, "author");
      record.claim_date = date(*item, "datePublished");
    }
    const JsonValue* rating = review.find("reviewRating");
    if (rating != nullptr && rating->is_array() && !rating->as_array().empty())
      rating = &rating->as_array().front();
    if (rating != nullptr && !rating->is_null()) {
      if (rating->is_object()) {
        record.rating = text(*rating, "alternateName");
        record.rating_value = number(*rating, "ratingValue");
        record.best_rating = number(*rating, "bestRating");
        record.worst_rating = number(*rating, "worstRating");
      } else {
        problem(*rating, "\"reviewRating\" must be an object (a schema.org Rating)");
      }
    }
    record.reviewer = name(review, "author");
    if (record.reviewer.empty())
      record.reviewer = name(review, "publisher");
    record.review_date = date(review, "datePublished");
    record.title = text(review, "name");
    if (record.title.empty())
      record.title = text(review, "headline");
    const JsonValue* language = review.find("inLanguage");
    keep(review, std::move(record), language, "claimReviewed", "url");
  }

  void read_api(const JsonValue& claims) {
    if (!claims.is_array()) {
      problem(claims,
              fmt::format("\"claims\" must be an array, not {}", json_type_name(claims.type())));
      return;
    }
    for (const JsonValue& claim : claims.as_array()) {
      if (!claim.is_object()) {
        problem(claim, "each of \"claims\" must be an object");
        continue;
      }
      const JsonValue* reviews = typed(claim, "claimReview", Type::array);
      if (reviews == nullptr) {
        problem(claim, "a claim without \"claimReview\"");
        continue;
      }
      for (const JsonValue& review : reviews->as_array())
        read_api_review(claim, review);
    }
  }

  void read_api_review(const JsonValue& claim, const JsonValue& review) {
    ++out_.read;
    problems_before_review_ = out_.problems.size();
    if (!review.is_object()) {
      problem(review, "each of \"claimReview\" must be an object");
      return;
    }
    ClaimReview record;
    record.claim = text(claim, "text");
    record.claimant = text(claim, "claimant");
    record.claim_date = date(claim, "claimDate");
    record.url = text(review, "url");
    record.title = text(review, "title");
    record.review_date = date(review, "reviewDate");
    record.rating = text(review, "textualRating");
    if (const JsonValue* publisher = typed(review, "publisher", Type::object)) {
      record.reviewer = text(*publisher, "name");
      if (record.reviewer.empty())
        record.reviewer = text(*publisher, "site");
    }
    keep(review, std::move(record), review.find("languageCode"), "text", "url");
  }

  // The checks every review passes, whatever its format, before it is kept.
  // A review with a problem of its own is not kept; one lacking its claim or address is one.
  void keep(const JsonValue& at, ClaimReview record, const JsonValue* language,
            std::string_view claim_key, std::string_view url_key) {
    if (out_.problems.size() > problems_before_review_)
      return;
    if (record.claim.empty() || record.url.empty()) {
      std::string missing = record.claim.empty() ? fmt::format("\"{}\"", claim_key) : "";
      if (record.url.empty())
        missing += fmt::format("{}\"{}\"", missing.empty() ? "" : " and ", url_key);
      problem(at, fmt::format("a review needs {}", missing));
      return;
    }
    std::optional<Lang> lang = language == nullptr ? fallback_lang_ : language_of(*language);
    if (!lang) {
      skip(language == nullptr ? "no language given (use --lang)"
                               : "in another language than French or English");
      return;
    }
    record.lang = *lang;
    record.verdict = ratings_.classify(record.rating, record.rating_value, record.best_rating,
                                       record.worst_rating);
    if (record.verdict == ReviewVerdict::unrated)
      ++out_.unrated[record.rating];
    record.id = claim_review_id(record.url, record.claim);
    out_.reviews.push_back({std::move(record), origin(at)});
  }

  const std::string& file_;
  const ClaimRatings& ratings_;
  std::optional<Lang> fallback_lang_;
  ClaimReviewFiles& out_;
  std::size_t line_offset_ = 0;
  std::size_t problems_before_review_ = 0;
};

// A fact-check page saved whole: its ClaimReview sits in a script element.
bool looks_like_html(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r\n");
  return begin != std::string_view::npos && text[begin] == '<';
}

bool first_line_is_a_value(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos)
    return false;
  const std::size_t end = std::min(text.find('\n', begin), text.size());
  if (end == text.size())
    return false;
  try {
    parse_json(text.substr(begin, end - begin));
    return true;
  } catch (const JsonSyntaxError&) {
    return false;
  }
}

// A file holds one JSON document, or one JSON-LD object per line.
void read_file(const std::string& path, const ClaimRatings& ratings,
               std::optional<Lang> fallback_lang, ClaimReviewFiles& out) {
  LineReader reader(path);
  const std::string text = reader.rest();
  ReviewReader review_reader(path, ratings, fallback_lang, out);
  try {
    review_reader.read(parse_json(text));
    return;
  } catch (const JsonSyntaxError& whole) {
    // One object per line reads as a document that goes on after its first value; anything
    // else is a broken document, reported where the parser stopped.
    if (looks_like_html(text)) {
      out.problems.push_back({{path, 1},
                              "an HTML page, not JSON: import the content of its <script "
                              "type=\"application/ld+json\"> element, saved as a .json file"});
      return;
    }
    if (!first_line_is_a_value(text)) {
      out.problems.push_back(
          {{path, whole.line()},
           fmt::format("invalid JSON at column {}: {}", whole.column(), whole.what())});
      return;
    }
  }
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = std::string_view(text).substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos)
      continue;
    try {
      review_reader.start_at_line(line_number);
      review_reader.read(parse_json(line));
    } catch (const JsonSyntaxError& error) {
      out.problems.push_back(
          {{path, line_number},
           fmt::format("invalid JSON at column {}: {}", error.column(), error.what())});
    }
  }
}

}  // namespace

ClaimReviewFiles read_claimreview_files(const std::vector<std::string>& files,
                                        const ClaimRatings& ratings,
                                        std::optional<Lang> fallback_lang) {
  ClaimReviewFiles out;
  for (const std::string& file : files)
    read_file(file, ratings, fallback_lang, out);
  // One review per id: the same review read twice (or in two files) is kept once.
  std::unordered_map<std::string, std::size_t> index;
  std::vector<Located<ClaimReview>> unique;
  for (auto& located : out.reviews) {
    const auto [it, added] = index.emplace(located.record.id, unique.size());
    if (added)
      unique.push_back(std::move(located));
    else
      unique[it->second] = std::move(located);
  }
  out.reviews = std::move(unique);
  sort_problems(out.problems);
  return out;
}

}  // namespace presscheck::facts
