#include "factbase/fact_base.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <algorithm>
#include <map>
#include <mutex>
#include <set>

#include "core/error.hpp"
#include "factbase/claim_store.hpp"
#include "factbase/lint_index_store.hpp"
#include "factbase/read_connection.hpp"
#include "factbase/schema.hpp"
#include "factbase/search_query.hpp"
#include "factbase/store_reader.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;

// Resets a prepared statement when a query is done with it, even on an exception.
class Use {
 public:
  explicit Use(SQLite::Statement& statement) : statement_(statement) {}
  ~Use() { statement_.tryReset(); }
  Use(const Use&) = delete;
  Use& operator=(const Use&) = delete;
  SQLite::Statement* operator->() { return &statement_; }
  SQLite::Statement& operator*() { return statement_; }

 private:
  SQLite::Statement& statement_;
};

Lang lang_of(const SQLite::Column& column) {
  return std::string_view(column.getText()) == "en" ? Lang::en : Lang::fr;
}

SQLite::Database open_database(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    throw UserError(fmt::format("{}: no such fact base", path.string()));
  }
  try {
    SQLite::Database db = open_for_reading(path, 5000);
    require_current_schema(db, path.string());
    return db;
  } catch (const SQLite::Exception&) {
    throw UserError(fmt::format("{}: not a presscheck fact base", path.string()));
  }
}

std::string select(const char* columns, const char* table, const char* rest) {
  return fmt::format("SELECT {} FROM {} {}", columns, table, rest);
}

}  // namespace

std::string_view hit_kind_name(HitKind kind) {
  switch (kind) {
    case HitKind::name:
      return "name";
    case HitKind::alias:
      return "alias";
    case HitKind::label:
      return "label";
    case HitKind::quote:
      break;
  }
  return "quote";
}

std::vector<Statement> select_best(std::vector<Statement> statements, int day) {
  int latest_point = 0;
  for (const Statement& statement : statements) {
    if (statement.rank == Rank::deprecated || !statement.point_in_time)
      continue;
    const int point = statement.point_in_time->first_day();
    if (point <= day)
      latest_point = std::max(latest_point, point);
  }
  std::vector<Statement> holding;
  bool any_preferred = false;
  for (Statement& statement : statements) {
    if (statement.rank == Rank::deprecated)
      continue;
    const bool holds = statement.point_in_time
                           ? statement.point_in_time->first_day() == latest_point
                           : statement.period_covers(day);
    if (!holds)
      continue;
    any_preferred = any_preferred || statement.rank == Rank::preferred;
    holding.push_back(std::move(statement));
  }
  if (any_preferred) {
    std::erase_if(holding, [](const Statement& s) { return s.rank != Rank::preferred; });
  }
  return holding;
}

struct FactBase::Impl {
  explicit Impl(const fs::path& where)
      : path(where),
        db(open_database(where)),
        resolve(db,
                "SELECT n.entity, e.kind, n.name, n.lang, n.is_alias FROM entity_name AS n "
                "JOIN entity AS e ON e.id = n.entity WHERE n.key = ? "
                "ORDER BY n.is_alias, n.entity, n.lang, n.position"),
        // The table's own order, so SQLite reads it without sorting 30,000 rows per run.
        all_names(db, kAllNamesQuery),
        entity(db, "SELECT kind FROM entity WHERE id = ?"),
        of_kind(db, "SELECT id FROM entity WHERE kind = ? ORDER BY id"),
        has_statement(db, "SELECT 1 FROM statement WHERE subject = ? AND property = ? LIMIT 1"),
        entity_names(db,
                     "SELECT lang, is_alias, name FROM entity_name WHERE entity = ? "
                     "ORDER BY lang, is_alias, position"),
        property(db, "SELECT value_type, single_valued FROM property WHERE id = ?"),
        property_labels(db,
                        "SELECT lang, label FROM property_label WHERE property = ? "
                        "ORDER BY lang, position"),
        labels_in(db,
                  "SELECT property, label FROM property_label WHERE lang = ? "
                  "ORDER BY property, position"),
        by_subject_property(db, select(kStatementColumns, "statement",
                                       "WHERE subject = ? AND property = ? ORDER BY id")),
        by_subject(
            db, select(kStatementColumns, "statement", "WHERE subject = ? ORDER BY property, id")),
        by_value(db, select(kStatementColumns, "statement",
                            "WHERE value_text = ? AND value_type = 'entity' "
                            "ORDER BY subject, id")),
        // An office held is a statement whose value is an office, whatever its property.
        offices_held(db, select(kStatementColumns, "statement",
                                "WHERE subject = ? AND value_type = 'entity' AND EXISTS "
                                "(SELECT 1 FROM entity WHERE entity.id = statement.value_text "
                                "AND entity.kind = 'office') ORDER BY id")),
        quotes_by(db, select(kQuoteColumns, "quote", "WHERE speaker = ? ORDER BY said_on, id")),
        source(db, select(kSourceColumns, "source", "WHERE id = ?")),
        search(db,
               "SELECT kind, ref, text, lang, bm25(search) FROM search WHERE search MATCH ? "
               "ORDER BY rank LIMIT ?") {}

  fs::path path;
  SQLite::Database db;
  std::mutex mutex;
  bool snapshot_held = false;  // closing the database ends the read transaction
  SQLite::Statement resolve;
  SQLite::Statement all_names;
  SQLite::Statement entity;
  SQLite::Statement of_kind;
  SQLite::Statement has_statement;
  SQLite::Statement entity_names;
  SQLite::Statement property;
  SQLite::Statement property_labels;
  SQLite::Statement labels_in;
  SQLite::Statement by_subject_property;
  SQLite::Statement by_subject;
  SQLite::Statement by_value;
  SQLite::Statement offices_held;
  SQLite::Statement quotes_by;
  SQLite::Statement source;
  SQLite::Statement search;

  std::vector<Statement> statements(SQLite::Statement& query) {
    std::vector<Statement> found;
    while (query.executeStep())
      found.push_back(read_statement(query));
    return found;
  }
};

FactBase::FactBase(const fs::path& path) : impl_(std::make_unique<Impl>(path)) {}
FactBase::~FactBase() = default;
FactBase::FactBase(FactBase&&) noexcept = default;
FactBase& FactBase::operator=(FactBase&&) noexcept = default;

const fs::path& FactBase::path() const {
  return impl_->path;
}

void FactBase::hold_snapshot() {
  std::lock_guard lock(impl_->mutex);
  if (impl_->snapshot_held)
    return;
  impl_->db.exec("BEGIN");
  impl_->snapshot_held = true;
  // A deferred transaction takes its snapshot at the first read, so read now.
  impl_->db.execAndGet("SELECT count(*) FROM schema_version");
}

std::vector<NameMatch> FactBase::resolve(std::string_view name) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->resolve);
  query->bind(1, name_key(name));
  std::vector<NameMatch> matches;
  std::set<std::string> seen;
  while (query->executeStep()) {
    NameMatch match;
    match.entity = query->getColumn(0).getString();
    if (!seen.insert(match.entity).second)
      continue;
    match.kind = parse_entity_kind(query->getColumn(1).getString()).value_or(EntityKind::other);
    match.name = query->getColumn(2).getString();
    match.lang = lang_of(query->getColumn(3));
    match.alias = query->getColumn(4).getInt() != 0;
    matches.push_back(std::move(match));
  }
  return matches;
}

std::vector<NameEntry> FactBase::all_names() const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->all_names);
  return read_names(*query);
}

bool FactBase::read_blob(std::string_view name,
                         const std::function<char*(std::size_t size)>& buffer) const {
  std::lock_guard lock(impl_->mutex);
  SQLite::Statement query(impl_->db, "SELECT rowid FROM lint_index WHERE name = ?");
  query.bind(1, std::string(name));
  if (!query.executeStep())
    return false;
  const sqlite3_int64 row = query.getColumn(0).getInt64();
  // Read straight into the caller's buffer: a statement would first copy the megabytes of
  // a large base's blob into memory of its own.
  sqlite3_blob* blob = nullptr;
  if (sqlite3_blob_open(impl_->db.getHandle(), "main", "lint_index", "data", row, 0, &blob) !=
      SQLITE_OK) {
    sqlite3_blob_close(blob);
    return false;
  }
  const int size = sqlite3_blob_bytes(blob);
  const int read = sqlite3_blob_read(blob, buffer(static_cast<std::size_t>(size)), size, 0);
  sqlite3_blob_close(blob);
  return read == SQLITE_OK;
}

std::vector<std::string> FactBase::entities_of_kind(EntityKind kind) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->of_kind);
  query->bind(1, std::string(entity_kind_name(kind)));
  std::vector<std::string> ids;
  while (query->executeStep())
    ids.push_back(query->getColumn(0).getString());
  return ids;
}

std::optional<Entity> FactBase::entity(std::string_view id) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->entity);
  query->bind(1, std::string(id));
  if (!query->executeStep())
    return std::nullopt;
  Entity entity;
  entity.id = id;
  entity.kind = parse_entity_kind(query->getColumn(0).getString()).value_or(EntityKind::other);
  Use names(impl_->entity_names);
  names->bind(1, std::string(id));
  while (names->executeStep()) {
    Words& words = names->getColumn(1).getInt() != 0 ? entity.aliases : entity.names;
    words[lang_of(names->getColumn(0))].push_back(names->getColumn(2).getString());
  }
  return entity;
}

std::optional<Property> FactBase::property(std::string_view id) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->property);
  query->bind(1, std::string(id));
  if (!query->executeStep())
    return std::nullopt;
  Property property;
  property.id = id;
  property.value_type = parse_value_type(query->getColumn(0).getString()).value_or(ValueType::text);
  property.single_valued = query->getColumn(1).getInt() != 0;
  Use labels(impl_->property_labels);
  labels->bind(1, std::string(id));
  while (labels->executeStep()) {
    property.labels[lang_of(labels->getColumn(0))].push_back(labels->getColumn(1).getString());
  }
  return property;
}

std::vector<LabelEntry> FactBase::property_labels(Lang lang) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->labels_in);
  query->bind(1, std::string(lang_code(lang)));
  std::vector<LabelEntry> labels;
  while (query->executeStep()) {
    labels.push_back({query->getColumn(0).getString(), query->getColumn(1).getString(), lang});
  }
  return labels;
}

std::vector<Statement> FactBase::best_statements(std::string_view subject,
                                                 std::string_view property, const Date& at) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->by_subject_property);
  query->bind(1, std::string(subject));
  query->bind(2, std::string(property));
  return select_best(impl_->statements(*query), at.first_day());
}

std::vector<Statement> FactBase::offices_held(std::string_view subject) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->offices_held);
  query->bind(1, std::string(subject));
  return impl_->statements(*query);
}

bool FactBase::has_statement(std::string_view subject, std::string_view property) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->has_statement);
  query->bind(1, std::string(subject));
  query->bind(2, std::string(property));
  return query->executeStep();
}

std::vector<ListedStatement> FactBase::statements_about(std::string_view subject,
                                                        const Date& at) const {
  std::vector<Statement> all;
  {
    std::lock_guard lock(impl_->mutex);
    Use query(impl_->by_subject);
    query->bind(1, std::string(subject));
    all = impl_->statements(*query);
  }
  std::map<std::string, std::vector<Statement>> by_property;
  for (const Statement& statement : all)
    by_property[statement.property].push_back(statement);
  std::set<std::string> current;
  for (auto& [property, group] : by_property) {
    for (const Statement& best : select_best(std::move(group), at.first_day())) {
      current.insert(best.id);
    }
  }
  std::vector<ListedStatement> listed;
  listed.reserve(all.size());
  for (Statement& statement : all) {
    const bool is_current = current.contains(statement.id);
    listed.push_back({std::move(statement), is_current});
  }
  return listed;
}

std::vector<Statement> FactBase::statements_with_value(std::string_view value,
                                                       const Date& at) const {
  std::vector<Statement> all;
  {
    std::lock_guard lock(impl_->mutex);
    Use query(impl_->by_value);
    query->bind(1, std::string(value));
    all = impl_->statements(*query);
  }
  // Rows come by subject: select the best of each subject's run.
  std::vector<Statement> found;
  auto begin = all.begin();
  while (begin != all.end()) {
    auto end = std::find_if(begin, all.end(),
                            [&](const Statement& s) { return s.subject != begin->subject; });
    auto best = select_best(
        std::vector<Statement>(std::make_move_iterator(begin), std::make_move_iterator(end)),
        at.first_day());
    found.insert(found.end(), std::make_move_iterator(best.begin()),
                 std::make_move_iterator(best.end()));
    begin = end;
  }
  return found;
}

std::vector<Quote> FactBase::quotes_by(std::string_view speaker) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->quotes_by);
  query->bind(1, std::string(speaker));
  std::vector<Quote> quotes;
  while (query->executeStep())
    quotes.push_back(read_quote(*query));
  return quotes;
}

std::vector<ClaimReview> FactBase::debunked_claims() const {
  std::lock_guard lock(impl_->mutex);
  return read_debunked_claims(impl_->db);
}

std::optional<Source> FactBase::source(std::string_view id) const {
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->source);
  query->bind(1, std::string(id));
  if (!query->executeStep())
    return std::nullopt;
  return read_source(*query);
}

std::vector<SearchHit> FactBase::search(std::string_view text, std::size_t limit) const {
  const std::string fts = to_fts_query(text);
  if (fts.empty() || limit == 0)
    return {};
  std::vector<SearchHit> hits;
  std::set<std::pair<HitKind, std::string>> seen;
  // An entity named exactly as asked comes first, whatever bm25 thinks of it.
  for (NameMatch& match : resolve(text)) {
    const HitKind kind = match.alias ? HitKind::alias : HitKind::name;
    seen.insert({kind, match.entity});
    hits.push_back({kind, std::move(match.entity), std::move(match.name), match.lang, true, 0.0});
  }
  std::lock_guard lock(impl_->mutex);
  Use query(impl_->search);
  query->bind(1, fts);
  query->bind(2, static_cast<int64_t>(limit + hits.size()));
  while (query->executeStep() && hits.size() < limit) {
    const std::string kind_name = query->getColumn(0).getString();
    const HitKind kind = kind_name == "name"    ? HitKind::name
                         : kind_name == "alias" ? HitKind::alias
                         : kind_name == "label" ? HitKind::label
                                                : HitKind::quote;
    std::string ref = query->getColumn(1).getString();
    if (!seen.insert({kind, ref}).second)
      continue;
    hits.push_back({kind, std::move(ref), query->getColumn(2).getString(),
                    lang_of(query->getColumn(3)), false, query->getColumn(4).getDouble()});
  }
  if (hits.size() > limit)
    hits.resize(limit);
  return hits;
}

}  // namespace presscheck::facts
