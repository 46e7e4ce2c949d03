#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "factbase/claim_review.hpp"
#include "factbase/model.hpp"

namespace presscheck::facts {

/// Where a record was read: a file and a 1-based line (0 when it came from a database).
struct Origin {
  std::string file;
  std::size_t line = 0;
};

/// "file:line", or just the file when there is no line.
std::string format_origin(const Origin& origin);

/// One problem found in fact files, reported as `file:line: message`.
struct Problem {
  Origin origin;
  std::string message;
};

std::string format_problem(const Problem& problem);
/// Orders problems by file, then line, keeping the order of problems on one line.
void sort_problems(std::vector<Problem>& problems);

/// A record with the place it was read from.
template <typename Record>
struct Located {
  Record record;
  Origin origin;
  /// False when the record had problems of its own: checks across records then skip the
  /// fields that could not be read, rather than report them twice.
  bool clean = true;
  /// True when the record was read from the base an import goes into: it was checked when
  /// it was written, so checks across records only look at what the import may change.
  bool stored = false;
};

/// Every record of a set of fact files (or of a database), in reading order.
struct FactSet {
  std::vector<Located<Source>> sources;
  std::vector<Located<Entity>> entities;
  std::vector<Located<Property>> properties;
  std::vector<Located<Statement>> statements;
  std::vector<Located<Quote>> quotes;
  std::vector<Located<ClaimReview>> claims;

  std::size_t size() const {
    return sources.size() + entities.size() + properties.size() + statements.size() +
           quotes.size() + claims.size();
  }
};

}  // namespace presscheck::facts
