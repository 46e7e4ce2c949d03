#include "factbase/lint_index_store.hpp"

#include <algorithm>
#include <atomic>

namespace presscheck::facts {
namespace {

std::atomic<LintIndexEncoder>& encoder() {
  static std::atomic<LintIndexEncoder> registered{nullptr};
  return registered;
}

// Well under SQLite's default limit on one value (1e9 bytes); a base of ten million
// statements makes a blob of about 500 MB.
constexpr std::size_t kLargestBlob = 900'000'000;

}  // namespace

void set_lint_index_encoder(LintIndexEncoder function) {
  encoder() = function;
}

std::vector<NameEntry> read_names(SQLite::Statement& query) {
  std::vector<NameEntry> names;
  while (query.executeStep()) {
    const SQLite::Column lang = query.getColumn(2);
    names.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                     std::string_view(lang.getText()) == "en" ? Lang::en : Lang::fr,
                     query.getColumn(3).getInt() != 0});
  }
  // Rows come by entity, language, then names before aliases; each entity's names go
  // before its aliases in every language.
  for (auto begin = names.begin(); begin != names.end();) {
    const auto end = std::find_if(begin, names.end(),
                                  [&](const NameEntry& e) { return e.entity != begin->entity; });
    std::stable_partition(begin, end, [](const NameEntry& e) { return !e.alias; });
    begin = end;
  }
  return names;
}

void write_lint_index(SQLite::Database& db) {
  const LintIndexEncoder encode = encoder();
  if (encode == nullptr)
    return;
  SQLite::Statement names(db, kAllNamesQuery);
  const std::string blob = encode(read_names(names));
  if (blob.size() > kLargestBlob) {
    // Past what SQLite stores in one value: runs build the indexes themselves.
    db.exec("DELETE FROM lint_index");
    return;
  }
  SQLite::Statement put(db, "INSERT OR REPLACE INTO lint_index (name, data) VALUES (?, ?)");
  put.bind(1, kLintIndexName);
  put.bindNoCopy(2, blob.data(), static_cast<int>(blob.size()));
  put.exec();
}

bool has_lint_index(SQLite::Database& db) {
  SQLite::Statement query(db, "SELECT 1 FROM lint_index WHERE name = ?");
  query.bind(1, kLintIndexName);
  return query.executeStep();
}

}  // namespace presscheck::facts
