#include "factbase/quote_index.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <mutex>

#include "factbase/read_connection.hpp"
#include "factbase/store_reader.hpp"

namespace presscheck::facts {

struct QuoteIndex::Impl {
  explicit Impl(const std::filesystem::path& path)
      : db(open_for_reading(path, 5000)),
        by_id(db, fmt::format("SELECT {} FROM quote WHERE id = ?", kQuoteColumns)) {}

  SQLite::Database db;
  SQLite::Statement by_id;
  std::mutex mutex;  // one prepared statement, shared like FactBase's
};

QuoteIndex::QuoteIndex(const std::filesystem::path& path) : impl_(std::make_unique<Impl>(path)) {}
QuoteIndex::~QuoteIndex() = default;
QuoteIndex::QuoteIndex(QuoteIndex&&) noexcept = default;
QuoteIndex& QuoteIndex::operator=(QuoteIndex&&) noexcept = default;

std::optional<Quote> QuoteIndex::find(std::string_view id) const {
  std::lock_guard lock(impl_->mutex);
  SQLite::Statement& query = impl_->by_id;
  query.reset();
  query.bind(1, std::string(id));
  std::optional<Quote> found;
  if (query.executeStep())
    found = read_quote(query);
  query.reset();
  return found;
}

}  // namespace presscheck::facts
