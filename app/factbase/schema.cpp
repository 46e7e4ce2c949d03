#include "factbase/schema.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/error.hpp"

namespace presscheck::facts {
namespace {

// Version 1. Ids are the primary keys: records point at each other by id, and the tables
// keep rows in id order, which is also the order of an export. Dates are kept both as ISO
// text (with their precision) and as YYYYMMDD day numbers for range queries.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE source (
  id TEXT PRIMARY KEY, url TEXT NOT NULL, title TEXT NOT NULL, publisher TEXT NOT NULL,
  published TEXT, retrieved TEXT
) WITHOUT ROWID;
CREATE TABLE entity (id TEXT PRIMARY KEY, kind TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entity_name (
  entity TEXT NOT NULL, lang TEXT NOT NULL, is_alias INTEGER NOT NULL, position INTEGER NOT NULL,
  name TEXT NOT NULL, key TEXT NOT NULL,
  PRIMARY KEY (entity, lang, is_alias, position)
) WITHOUT ROWID;
CREATE INDEX entity_name_by_key ON entity_name (key);
CREATE TABLE property (
  id TEXT PRIMARY KEY, value_type TEXT NOT NULL, single_valued INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE property_label (
  property TEXT NOT NULL, lang TEXT NOT NULL, position INTEGER NOT NULL, label TEXT NOT NULL,
  PRIMARY KEY (property, lang, position)
) WITHOUT ROWID;
CREATE TABLE statement (
  id TEXT PRIMARY KEY, subject TEXT NOT NULL, property TEXT NOT NULL,
  value_type TEXT NOT NULL, number REAL NOT NULL, unit TEXT NOT NULL, value_date TEXT,
  value_text TEXT NOT NULL,
  valid_from TEXT, valid_to TEXT, point_in_time TEXT,
  qualifiers TEXT NOT NULL, rank INTEGER NOT NULL, sources TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX statement_by_subject ON statement (subject, property);
CREATE INDEX statement_by_value ON statement (value_text, property) WHERE value_type = 'entity';
CREATE TABLE quote (
  id TEXT PRIMARY KEY, speaker TEXT NOT NULL, said_on TEXT, lang TEXT NOT NULL,
  text TEXT NOT NULL, polarity TEXT NOT NULL, translations TEXT NOT NULL, about TEXT NOT NULL,
  sources TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX quote_by_speaker ON quote (speaker, said_on);
CREATE VIRTUAL TABLE search USING fts5 (
  text, kind UNINDEXED, ref UNINDEXED, lang UNINDEXED,
  tokenize = "unicode61 remove_diacritics 2"
);
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
)sql";

// Version 2: past fact-checks. Each review keeps the rating as published and the verdict it
// was read as; its claim text is indexed apart from the entities' search, which matches
// names, not sentences.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE claim_review (
  id TEXT PRIMARY KEY, claim TEXT NOT NULL, lang TEXT NOT NULL, claimant TEXT NOT NULL,
  claim_date TEXT, rating TEXT NOT NULL, rating_value REAL, best_rating REAL, worst_rating REAL,
  verdict TEXT NOT NULL, reviewer TEXT NOT NULL, review_date TEXT, url TEXT NOT NULL,
  title TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX claim_review_by_verdict ON claim_review (verdict, lang);
CREATE VIRTUAL TABLE claim_search USING fts5 (
  claim, ref UNINDEXED, lang UNINDEXED, tokenize = "unicode61 remove_diacritics 2"
);
)sql";

// Version 3: what a lint run would otherwise build from the names at each start (the name
// spotter and the spelling index), stored as written by `facts build` and `facts import`
// and used as read (factbase/lint_index_store.hpp). A rowid table: its blobs span pages.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE lint_index (name TEXT PRIMARY KEY, data BLOB NOT NULL);
)sql";

// Step i takes a database from version i to version i + 1.
constexpr const char* kMigrations[] = {kVersion1, kVersion2, kVersion3};
static_assert(std::size(kMigrations) == kSchemaVersion);

}  // namespace

int read_schema_version(SQLite::Database& db) {
  if (!db.tableExists("schema_version"))
    return 0;
  SQLite::Statement query(db, "SELECT max(version) FROM schema_version");
  return query.executeStep() && !query.getColumn(0).isNull() ? query.getColumn(0).getInt() : 0;
}

void migrate(SQLite::Database& db) {
  for (int version = read_schema_version(db); version < kSchemaVersion; ++version) {
    db.exec(kMigrations[version]);
    SQLite::Statement update(db, "UPDATE schema_version SET version = ?");
    update.bind(1, version + 1);
    update.exec();
  }
}

void require_current_schema(SQLite::Database& db, const std::string& path) {
  const int version = read_schema_version(db);
  if (version == 0)
    throw UserError(fmt::format("{}: not a presscheck fact base", path));
  if (version > kSchemaVersion) {
    throw UserError(
        fmt::format("{}: fact base schema version {} is newer than this presscheck "
                    "reads ({}); upgrade presscheck",
                    path, version, kSchemaVersion));
  }
  if (version < kSchemaVersion) {
    throw UserError(
        fmt::format("{}: fact base schema version {} is older than this presscheck "
                    "reads ({}); rebuild it with `presscheck facts build`",
                    path, version, kSchemaVersion));
  }
}

}  // namespace presscheck::facts
