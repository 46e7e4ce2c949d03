#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

#include "factbase/model.hpp"

namespace presscheck::facts {

/// Quotes by id, for search hits on a quote: FactBase answers by speaker only. It keeps its
/// own read-only connection to the same database, with its query prepared once.
class QuoteIndex {
 public:
  /// Opens the fact base database at `path`, which FactBase has already checked.
  explicit QuoteIndex(const std::filesystem::path& path);
  ~QuoteIndex();
  QuoteIndex(QuoteIndex&&) noexcept;
  QuoteIndex& operator=(QuoteIndex&&) noexcept;

  std::optional<Quote> find(std::string_view id) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace presscheck::facts
