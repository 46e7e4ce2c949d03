#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factbase/model.hpp"

namespace presscheck::facts {

/// Answers an import's questions about the records a base already holds, one indexed query
/// each, so that checking a few new records against a base of millions reads a few pages
/// rather than the whole base. The caller owns the transaction the queries read in.
class StoredRecords {
 public:
  explicit StoredRecords(SQLite::Database& db);

  /// The kind of the entity `id`, or nothing when the base has no such entity.
  std::optional<EntityKind> entity_kind(std::string_view id);
  bool has_source(std::string_view id);
  bool has_quote(std::string_view id);
  /// The property `id` without its labels, or nothing.
  std::optional<Property> property(std::string_view id);
  std::optional<Statement> statement(std::string_view id);
  /// The statements of one subject and property, by id.
  std::vector<Statement> statements_of(std::string_view subject, std::string_view property);
  /// Every statement of one property, by id. No index serves this: it reads the whole
  /// statement table, and is only asked when an import changes what a property accepts.
  std::vector<Statement> statements_with_property(std::string_view property);

 private:
  SQLite::Statement entity_;
  SQLite::Statement source_;
  SQLite::Statement quote_;
  SQLite::Statement property_;
  SQLite::Statement statement_;
  SQLite::Statement group_;
  SQLite::Statement by_property_;
};

}  // namespace presscheck::facts
