#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/lang.hpp"
#include "factbase/claim_review.hpp"
#include "factbase/model.hpp"

namespace presscheck::facts {

/// One name or alias of an entity: what the linter needs to build its spotting automaton.
struct NameEntry {
  std::string entity;  // entity id
  std::string name;    // as written in the fact base
  Lang lang = Lang::fr;
  bool alias = false;
};

/// An entity found by name.
struct NameMatch {
  std::string entity;
  EntityKind kind = EntityKind::other;
  std::string name;  // the name or alias that matched, as written in the fact base
  Lang lang = Lang::fr;
  bool alias = false;
};

/// One label of a property in one language ("amende", "fine").
struct LabelEntry {
  std::string property;
  std::string label;
  Lang lang = Lang::fr;
};

/// A statement about a subject, and whether it is among the best ones at the date asked
/// (false when it is deprecated, out of its period, or superseded).
struct ListedStatement {
  Statement statement;
  bool current = false;
};

/// What a search hit is: a name, an alias, a property label or (a translation of) a quote.
enum class HitKind { name, alias, label, quote };
std::string_view hit_kind_name(HitKind kind);

/// A full-text search result; `ref` is the entity, property or quote id.
struct SearchHit {
  HitKind kind = HitKind::name;
  std::string ref;
  std::string text;
  Lang lang = Lang::fr;
  bool exact = false;  // the whole query is this entity's name or alias
  double bm25 = 0;     // FTS5's bm25 (lower is better); 0 for exact hits
};

/// The curated fact base, opened read-only. Statements are prepared once; calls are
/// serialised by an internal mutex, so one instance can be shared by threads.
class FactBase {
 public:
  /// Opens a fact base database read-only; throws UserError when it is missing or is not a
  /// fact base of the current schema.
  explicit FactBase(const std::filesystem::path& path);
  ~FactBase();
  FactBase(FactBase&&) noexcept;
  FactBase& operator=(FactBase&&) noexcept;

  const std::filesystem::path& path() const;

  /// Answers every later query from one snapshot of the base, held until the base is closed.
  /// A lint run then reads one consistent base even while someone imports into it, and
  /// SQLite stops re-locking and re-checking the file before each of its thousands of
  /// queries. Writers wait meanwhile unless the base is in WAL mode (as imports leave it),
  /// so a long-lived session such as the shell does not hold one.
  void hold_snapshot();

  /// Entities one of whose names or aliases equals `name`, ignoring case, accents,
  /// apostrophe style and spacing; names before aliases, then by entity id.
  std::vector<NameMatch> resolve(std::string_view name) const;
  /// Every name and alias of every entity, by entity id.
  std::vector<NameEntry> all_names() const;
  /// Reads a blob `facts build` stored for lint (lint_index_store.hpp) into the memory
  /// `buffer(size)` returns; false when the base has none of that name or it cannot be read.
  bool read_blob(std::string_view name, const std::function<char*(std::size_t size)>& buffer) const;
  std::optional<Entity> entity(std::string_view id) const;
  /// The ids of every entity of one kind, in id order.
  std::vector<std::string> entities_of_kind(EntityKind kind) const;

  std::optional<Property> property(std::string_view id) const;
  /// Every label of every property in one language, by property id.
  std::vector<LabelEntry> property_labels(Lang lang) const;

  /// The statements of `subject` and `property` that hold at `at` (its first day): among
  /// those not deprecated, the ones whose period covers the date, the timeless ones and the
  /// ones with the latest point_in_time at or before the date; preferred ones win over
  /// normal ones. Ordered by id.
  std::vector<Statement> best_statements(std::string_view subject, std::string_view property,
                                         const Date& at) const;
  /// Every statement of `subject` whose value is an entity of kind office, whatever its
  /// property is called, at any date and of any rank, by id: the offices a person held.
  std::vector<Statement> offices_held(std::string_view subject) const;
  /// Whether any statement of `property` about `subject` exists, at any date and rank: one
  /// probe of an index, for asking it of every entity a draft names.
  bool has_statement(std::string_view subject, std::string_view property) const;
  /// Every statement about `subject`, by property then id, each flagged current or not.
  std::vector<ListedStatement> statements_about(std::string_view subject, const Date& at) const;
  /// The best statements at `at` whose value is the entity `value`, through any property
  /// (who held the office `value` at that date), by subject then id.
  std::vector<Statement> statements_with_value(std::string_view value, const Date& at) const;

  /// Quotes of one speaker, oldest first.
  std::vector<Quote> quotes_by(std::string_view speaker) const;
  std::optional<Source> source(std::string_view id) const;
  /// The past fact-checks rated false or misleading, by id. Read on this connection, like
  /// every other query: it reads the snapshot the run holds, and needs no second open of a
  /// file that may have been replaced, or pruned from the cache, since.
  std::vector<ClaimReview> debunked_claims() const;

  /// Names, aliases, labels and quotes matching every word of `text` (plain words: search
  /// syntax is never interpreted), best first: exact names, then by bm25. Duplicates of one
  /// kind and ref are dropped.
  std::vector<SearchHit> search(std::string_view text, std::size_t limit = 10) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Keeps the best statements at `day` (YYYYMMDD) among statements of one subject and one
/// property, as FactBase::best_statements describes.
std::vector<Statement> select_best(std::vector<Statement> statements, int day);

}  // namespace presscheck::facts
