#include "factbase/search_rows.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "factbase/search_query.hpp"

namespace presscheck::facts {
namespace {

// Past this many records, one pass over the index costs less than a search per old row.
constexpr std::size_t kFoundByWordsAtMost = 1000;

// The rows one kind of record puts in the index: what they are read from, and their kinds.
struct RowSource {
  const char* rows;   // text, kind and lang of the rows of the record ?1
  const char* kinds;  // the kinds of its rows, as an SQL list
};

constexpr RowSource kEntityRows{
    "SELECT name, CASE is_alias WHEN 0 THEN 'name' ELSE 'alias' END, lang FROM entity_name "
    "WHERE entity = ?1 ORDER BY lang, is_alias, position",
    "('name', 'alias')"};
constexpr RowSource kPropertyRows{
    "SELECT label, 'label', lang FROM property_label WHERE property = ?1 ORDER BY lang, position",
    "('label')"};
constexpr RowSource kQuoteRows{
    "SELECT text, 'quote', lang FROM quote WHERE id = ?1 UNION ALL SELECT t.value, 'quote', "
    "t.key FROM quote AS q, json_each(q.translations) AS t WHERE q.id = ?1",
    "('quote')"};

// Removes the old rows of each record through the index, or by a pass over it for a
// record whose rows its words do not all find (a name without a letter or a digit).
template <typename Record>
void forget_by_words(SQLite::Database& db, const std::vector<Located<Record>>& records,
                     const RowSource& source) {
  SQLite::Statement old_rows(db, source.rows);
  SQLite::Statement remove(db,
                           "DELETE FROM search WHERE rowid IN (SELECT rowid FROM search WHERE "
                           "search MATCH ?1 AND ref = ?2 AND kind = ?3 AND text = ?4 AND "
                           "lang = ?5)");
  SQLite::Statement scan(
      db, fmt::format("DELETE FROM search WHERE ref = ?1 AND kind IN {}", source.kinds));
  for (const auto& located : records) {
    const std::string& id = located.record.id;
    old_rows.bind(1, id);
    int expected = 0;
    int removed = 0;
    while (old_rows.executeStep()) {
      ++expected;
      const std::string text = old_rows.getColumn(0).getString();
      const std::string words = to_fts_query(text);
      if (words.empty())
        continue;
      remove.bind(1, words);
      remove.bind(2, id);
      remove.bind(3, old_rows.getColumn(1).getString());
      remove.bind(4, text);
      remove.bind(5, old_rows.getColumn(2).getString());
      removed += remove.exec();
      remove.reset();
    }
    old_rows.reset();
    if (removed != expected) {
      scan.bind(1, id);
      scan.exec();
      scan.reset();
    }
  }
}

// Runs `sql` once per id of `records`, the id bound to its one parameter.
template <typename Record>
void for_each_id(SQLite::Database& db, const char* sql,
                 const std::vector<Located<Record>>& records) {
  SQLite::Statement statement(db, sql);
  for (const auto& located : records) {
    statement.bind(1, located.record.id);
    statement.exec();
    statement.reset();
  }
}

// The index keeps the ref unindexed: one pass over it finds every old row of many records.
void forget_in_one_pass(SQLite::Database& db, const FactSet& set) {
  db.exec(
      "CREATE TEMP TABLE IF NOT EXISTS replaced_ref (kind TEXT NOT NULL, ref TEXT NOT NULL, "
      "PRIMARY KEY (kind, ref)) WITHOUT ROWID; DELETE FROM temp.replaced_ref");
  for_each_id(db, "INSERT OR IGNORE INTO temp.replaced_ref VALUES ('entity', ?)", set.entities);
  for_each_id(db, "INSERT OR IGNORE INTO temp.replaced_ref VALUES ('property', ?)", set.properties);
  for_each_id(db, "INSERT OR IGNORE INTO temp.replaced_ref VALUES ('quote', ?)", set.quotes);
  db.exec(
      "DELETE FROM search WHERE (CASE WHEN kind IN ('name', 'alias') THEN 'entity' "
      "WHEN kind = 'label' THEN 'property' ELSE 'quote' END, ref) IN "
      "(SELECT kind, ref FROM temp.replaced_ref)");
}

std::string insert_rows(const RowSource& source) {
  return fmt::format("INSERT INTO search (text, kind, lang, ref) SELECT r.*, ?1 FROM ({}) AS r",
                     source.rows);
}

}  // namespace

void forget_search_rows(SQLite::Database& db, const FactSet& set) {
  if (set.entities.size() + set.properties.size() + set.quotes.size() > kFoundByWordsAtMost) {
    forget_in_one_pass(db, set);
    return;
  }
  forget_by_words(db, set.entities, kEntityRows);
  forget_by_words(db, set.properties, kPropertyRows);
  forget_by_words(db, set.quotes, kQuoteRows);
}

void add_search_rows(SQLite::Database& db, const FactSet& set) {
  for_each_id(db, insert_rows(kEntityRows).c_str(), set.entities);
  for_each_id(db, insert_rows(kPropertyRows).c_str(), set.properties);
  for_each_id(db, insert_rows(kQuoteRows).c_str(), set.quotes);
}

}  // namespace presscheck::facts
