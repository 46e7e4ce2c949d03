#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <string>

#include "factbase/fact_set.hpp"

namespace presscheck::facts {

// Column lists and row readers shared by the lookup API and by export: a query selecting
// `kStatementColumns` (in that order) gives rows read_statement understands, and so on.
inline constexpr const char* kSourceColumns = "id, url, title, publisher, published, retrieved";
inline constexpr const char* kStatementColumns =
    "id, subject, property, value_type, number, unit, value_date, value_text, valid_from, "
    "valid_to, point_in_time, qualifiers, rank, sources";
inline constexpr const char* kQuoteColumns =
    "id, speaker, said_on, lang, text, polarity, translations, about, sources";

Source read_source(SQLite::Statement& row);
Statement read_statement(SQLite::Statement& row);
Quote read_quote(SQLite::Statement& row);

/// Every record of a database, each kind in id order; origins name `name` without a line.
FactSet read_all(SQLite::Database& db, const std::string& name);

/// Space-separated ids, as the sources columns keep them.
std::string join_ids(const std::vector<std::string>& ids);
std::vector<std::string> split_ids(const std::string& text);

}  // namespace presscheck::facts
