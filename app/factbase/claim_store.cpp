#include "factbase/claim_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <algorithm>
#include <mutex>

#include "factbase/read_connection.hpp"
#include "factbase/search_query.hpp"

namespace presscheck::facts {
namespace {

constexpr const char* kColumns =
    "id, claim, lang, claimant, claim_date, rating, rating_value, best_rating, worst_rating, "
    "verdict, reviewer, review_date, url, title";

void bind_optional(SQLite::Statement& row, int index, const std::optional<Date>& date) {
  if (date)
    row.bind(index, date->iso());
  else
    row.bind(index);
}

void bind_optional(SQLite::Statement& row, int index, const std::optional<double>& number) {
  if (number)
    row.bind(index, *number);
  else
    row.bind(index);
}

std::optional<Date> date_column(SQLite::Statement& row, int index) {
  const SQLite::Column column = row.getColumn(index);
  return column.isNull() ? std::nullopt : Date::parse_iso(column.getString());
}

std::optional<double> number_column(SQLite::Statement& row, int index) {
  const SQLite::Column column = row.getColumn(index);
  return column.isNull() ? std::nullopt : std::optional(column.getDouble());
}

ClaimReview read_row(SQLite::Statement& row) {
  ClaimReview review;
  review.id = row.getColumn(0).getString();
  review.claim = row.getColumn(1).getString();
  review.lang = row.getColumn(2).getString() == "en" ? Lang::en : Lang::fr;
  review.claimant = row.getColumn(3).getString();
  review.claim_date = date_column(row, 4);
  review.rating = row.getColumn(5).getString();
  review.rating_value = number_column(row, 6);
  review.best_rating = number_column(row, 7);
  review.worst_rating = number_column(row, 8);
  review.verdict =
      parse_review_verdict(row.getColumn(9).getString()).value_or(ReviewVerdict::unrated);
  review.reviewer = row.getColumn(10).getString();
  review.review_date = date_column(row, 11);
  review.url = row.getColumn(12).getString();
  review.title = row.getColumn(13).getString();
  return review;
}

}  // namespace

void put_claim_reviews(SQLite::Database& db, const std::vector<Located<ClaimReview>>& reviews) {
  std::vector<const ClaimReview*> sorted;
  for (const auto& located : reviews)
    sorted.push_back(&located.record);
  std::sort(sorted.begin(), sorted.end(),
            [](const ClaimReview* a, const ClaimReview* b) { return a->id < b->id; });
  SQLite::Statement insert(db, fmt::format("INSERT OR REPLACE INTO claim_review ({}) VALUES "
                                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                           kColumns));
  for (const ClaimReview* review : sorted) {
    insert.reset();
    insert.bind(1, review->id);
    insert.bind(2, review->claim);
    insert.bind(3, std::string(lang_code(review->lang)));
    insert.bind(4, review->claimant);
    bind_optional(insert, 5, review->claim_date);
    insert.bind(6, review->rating);
    bind_optional(insert, 7, review->rating_value);
    bind_optional(insert, 8, review->best_rating);
    bind_optional(insert, 9, review->worst_rating);
    insert.bind(10, std::string(review_verdict_name(review->verdict)));
    insert.bind(11, review->reviewer);
    bind_optional(insert, 12, review->review_date);
    insert.bind(13, review->url);
    insert.bind(14, review->title);
    insert.exec();
  }
  if (!sorted.empty()) {
    db.exec("DELETE FROM claim_search");
    db.exec("INSERT INTO claim_search (claim, ref, lang) SELECT claim, id, lang FROM claim_review");
  }
}

std::vector<Located<ClaimReview>> read_claim_reviews(SQLite::Database& db,
                                                     const std::string& name) {
  SQLite::Statement query(db, fmt::format("SELECT {} FROM claim_review ORDER BY id", kColumns));
  std::vector<Located<ClaimReview>> reviews;
  while (query.executeStep())
    reviews.push_back({read_row(query), {name, 0}});
  return reviews;
}

std::vector<ClaimReview> read_debunked_claims(SQLite::Database& db) {
  SQLite::Statement query(db, fmt::format("SELECT {} FROM claim_review WHERE verdict IN "
                                          "('false', 'misleading') ORDER BY id",
                                          kColumns));
  std::vector<ClaimReview> reviews;
  while (query.executeStep())
    reviews.push_back(read_row(query));
  return reviews;
}

struct ClaimStore::Impl {
  explicit Impl(const std::filesystem::path& path)
      : db(open_for_reading(path, 5000)),
        search(db, fmt::format("SELECT {} FROM claim_review JOIN (SELECT ref, bm25(claim_search) "
                               "AS score FROM claim_search WHERE claim_search MATCH ?) ON ref = id "
                               "ORDER BY score, id LIMIT ?",
                               kColumns)) {}

  SQLite::Database db;
  SQLite::Statement search;
  std::mutex mutex;  // prepared statements, shared like FactBase's
};

ClaimStore::ClaimStore(const std::filesystem::path& path) : impl_(std::make_unique<Impl>(path)) {}
ClaimStore::~ClaimStore() = default;
ClaimStore::ClaimStore(ClaimStore&&) noexcept = default;
ClaimStore& ClaimStore::operator=(ClaimStore&&) noexcept = default;

std::vector<ClaimReview> ClaimStore::search(std::string_view text, std::size_t limit) const {
  const std::string fts = to_fts_query(text);
  if (fts.empty())
    return {};
  std::lock_guard lock(impl_->mutex);
  SQLite::Statement& query = impl_->search;
  query.reset();
  query.bind(1, fts);
  query.bind(2, static_cast<int64_t>(limit));
  std::vector<ClaimReview> reviews;
  while (query.executeStep())
    reviews.push_back(read_row(query));
  query.reset();
  return reviews;
}

}  // namespace presscheck::facts
