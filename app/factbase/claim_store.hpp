#pragma once

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "factbase/claim_review.hpp"
#include "factbase/fact_set.hpp"

namespace presscheck::facts {

/// Adds or replaces reviews by id in an open database; the caller owns the transaction.
/// Rows go in in id order, and the claim index is refilled from the whole table.
void put_claim_reviews(SQLite::Database& db, const std::vector<Located<ClaimReview>>& reviews);

/// Every review of a database, by id, as records of `name` (for export and import checks).
std::vector<Located<ClaimReview>> read_claim_reviews(SQLite::Database& db, const std::string& name);

/// Every review of a database rated false or misleading, by id: the claims the checks
/// compare drafts with.
std::vector<ClaimReview> read_debunked_claims(SQLite::Database& db);

/// The reviews of a fact base, read-only, on a connection of its own (like QuoteIndex): a
/// search over claim texts for `lookup`.
class ClaimStore {
 public:
  /// Opens the fact base database at `path`, which FactBase has already checked.
  explicit ClaimStore(const std::filesystem::path& path);
  ~ClaimStore();
  ClaimStore(ClaimStore&&) noexcept;
  ClaimStore& operator=(ClaimStore&&) noexcept;

  /// Reviews whose claim holds every word of `text` (plain words), best first.
  std::vector<ClaimReview> search(std::string_view text, std::size_t limit) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace presscheck::facts
