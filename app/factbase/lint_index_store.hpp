#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <string>
#include <vector>

#include "factbase/fact_base.hpp"

namespace presscheck::facts {

/// The name of the blob of name indexes a lint run reads (table lint_index).
inline constexpr const char* kLintIndexName = "names";

/// Builds that blob from every name of a base, in FactBase::all_names() order. The indexes
/// belong to the extract stage, which this stage cannot link, so it registers the function.
using LintIndexEncoder = std::string (*)(const std::vector<NameEntry>& names);
void set_lint_index_encoder(LintIndexEncoder encoder);

/// Rewrites the stored blob from the base's names, in the caller's transaction, so the next
/// run finds every name as written now. Does nothing when no encoder is registered (a
/// program without the linter); a base without the blob is read by building it per run.
void write_lint_index(SQLite::Database& db);

/// Whether the base holds the blob (a base migrated from schema 2 has none until written).
bool has_lint_index(SQLite::Database& db);

/// The SQL that lists every name by entity; read_names() puts the rows in their final order.
inline constexpr const char* kAllNamesQuery =
    "SELECT entity, name, lang, is_alias FROM entity_name "
    "ORDER BY entity, lang, is_alias, position";
/// Steps a query of kAllNamesQuery: each entity's names, then its aliases, in every language.
std::vector<NameEntry> read_names(SQLite::Statement& query);

}  // namespace presscheck::facts
