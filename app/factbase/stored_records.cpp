#include "factbase/stored_records.hpp"

#include <fmt/format.h>
#include <stdexcept>

#include "factbase/store_reader.hpp"

namespace presscheck::facts {
namespace {

// Binds `values` to `query`, runs `read` on each row, and leaves the query ready for reuse.
template <typename Read>
void each_row(SQLite::Statement& query, std::initializer_list<std::string_view> values, Read read) {
  int index = 1;
  for (std::string_view value : values)
    query.bind(index++, std::string(value));
  try {
    while (query.executeStep())
      read(query);
  } catch (...) {
    query.tryReset();
    throw;
  }
  query.reset();
}

bool exists(SQLite::Statement& query, std::string_view id) {
  bool found = false;
  each_row(query, {id}, [&](SQLite::Statement&) { found = true; });
  return found;
}

std::vector<Statement> statements(SQLite::Statement& query,
                                  std::initializer_list<std::string_view> values) {
  std::vector<Statement> found;
  each_row(query, values, [&](SQLite::Statement& row) { found.push_back(read_statement(row)); });
  return found;
}

std::string select_statements(const char* where) {
  return fmt::format("SELECT {} FROM statement WHERE {} ORDER BY id", kStatementColumns, where);
}

}  // namespace

StoredRecords::StoredRecords(SQLite::Database& db)
    : entity_(db, "SELECT kind FROM entity WHERE id = ?"),
      source_(db, "SELECT 1 FROM source WHERE id = ?"),
      quote_(db, "SELECT 1 FROM quote WHERE id = ?"),
      property_(db, "SELECT value_type, single_valued FROM property WHERE id = ?"),
      statement_(db, select_statements("id = ?")),
      group_(db, select_statements("subject = ? AND property = ?")),
      by_property_(db, select_statements("property = ?")) {}

std::optional<EntityKind> StoredRecords::entity_kind(std::string_view id) {
  std::optional<EntityKind> kind;
  each_row(entity_, {id}, [&](SQLite::Statement& row) {
    kind = parse_entity_kind(row.getColumn(0).getString());
    if (!kind)
      throw std::runtime_error("malformed value in the fact base");
  });
  return kind;
}

bool StoredRecords::has_source(std::string_view id) {
  return exists(source_, id);
}

bool StoredRecords::has_quote(std::string_view id) {
  return exists(quote_, id);
}

std::optional<Property> StoredRecords::property(std::string_view id) {
  std::optional<Property> property;
  each_row(property_, {id}, [&](SQLite::Statement& row) {
    const auto type = parse_value_type(row.getColumn(0).getString());
    if (!type)
      throw std::runtime_error("malformed value in the fact base");
    property = Property{std::string(id), *type, {}, row.getColumn(1).getInt() != 0};
  });
  return property;
}

std::optional<Statement> StoredRecords::statement(std::string_view id) {
  auto found = statements(statement_, {id});
  if (found.empty())
    return std::nullopt;
  return std::move(found.front());
}

std::vector<Statement> StoredRecords::statements_of(std::string_view subject,
                                                    std::string_view property) {
  return statements(group_, {subject, property});
}

std::vector<Statement> StoredRecords::statements_with_property(std::string_view property) {
  return statements(by_property_, {property});
}

}  // namespace presscheck::facts
