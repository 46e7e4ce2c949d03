#include "render/cards/fact_card.hpp"

#include <algorithm>
#include <map>

#include "core/utf8.hpp"
#include "factbase/search_query.hpp"
#include "lookup/respelling.hpp"

namespace presscheck {
namespace {

// A card needs a few hits at most (a name, an alias, a quote or two): asking for three per
// card fills the limit in all but odd cases, and keeps the search as cheap as it can be.
constexpr std::size_t kHitsPerCard = 3;

/// Sources are shared by many statements: each is read once per lookup.
class SourceCache {
 public:
  explicit SourceCache(const facts::FactBase& base) : base_(base) {}

  std::vector<facts::Source> of(const std::vector<std::string>& ids) {
    std::vector<facts::Source> found;
    for (const std::string& id : ids) {
      auto it = cache_.find(id);
      if (it == cache_.end())
        it = cache_.emplace(id, base_.source(id)).first;
      if (it->second)
        found.push_back(*it->second);
    }
    return found;
  }

 private:
  const facts::FactBase& base_;
  std::map<std::string, std::optional<facts::Source>, std::less<>> cache_;
};

StatementStatus status_of(const facts::ListedStatement& listed, int day) {
  const facts::Statement& s = listed.statement;
  if (listed.current)
    return StatementStatus::current;
  if (s.rank == facts::Rank::deprecated)
    return StatementStatus::deprecated;
  if (s.has_period())
    return s.valid_from && s.valid_from->first_day() > day ? StatementStatus::not_yet
                                                           : StatementStatus::former;
  if (s.point_in_time && s.point_in_time->first_day() > day)
    return StatementStatus::not_yet;
  return StatementStatus::superseded;
}

void fill_entity(FactCard& card, const facts::FactBase& base, const Date& at,
                 SourceCache& sources) {
  const std::string& id = card.entity->id;
  std::vector<CardStatement> others;
  for (facts::ListedStatement& listed : base.statements_about(id, at)) {
    const StatementStatus status = status_of(listed, at.first_day());
    auto& into = status == StatementStatus::current ? card.statements : others;
    auto found = sources.of(listed.statement.sources);
    into.push_back({std::move(listed.statement), status, std::move(found)});
  }
  card.statements.insert(card.statements.end(), std::make_move_iterator(others.begin()),
                         std::make_move_iterator(others.end()));
  // "Who was commissioner in 2023?": an office's card answers with its holders at the date.
  if (card.entity->kind == facts::EntityKind::office) {
    for (facts::Statement& held : base.statements_with_value(id, at)) {
      auto found = sources.of(held.sources);
      card.holders.push_back({std::move(held), StatementStatus::current, std::move(found)});
    }
  }
  for (facts::Quote& quote : base.quotes_by(id)) {
    auto found = sources.of(quote.sources);
    card.quotes.push_back({std::move(quote), false, std::move(found)});
  }
}

}  // namespace

std::string_view statement_status_name(StatementStatus status) {
  switch (status) {
    case StatementStatus::current:
      return "current";
    case StatementStatus::former:
      return "former";
    case StatementStatus::not_yet:
      return "not_yet";
    case StatementStatus::superseded:
      return "superseded";
    case StatementStatus::deprecated:
      break;
  }
  return "deprecated";
}

namespace {

LookupResult lookup_as_written(const facts::FactBase& base, const facts::QuoteIndex& quotes,
                               std::string_view query, const Date& at, std::size_t limit);

}  // namespace

LookupResult lookup(const facts::FactBase& base, const facts::QuoteIndex& quotes,
                    std::string_view query, const Date& at, std::size_t limit) {
  LookupResult result = lookup_as_written(base, quotes, query, at, limit);
  if (!result.cards.empty() || !result.has_words)
    return result;
  if (const auto respelled = respell_names(base, result.query)) {
    LookupResult second = lookup_as_written(base, quotes, *respelled, at, limit);
    if (!second.cards.empty()) {
      second.query = result.query;
      second.respelled = *respelled;
      return second;
    }
  }
  return result;
}

namespace {

LookupResult lookup_as_written(const facts::FactBase& base, const facts::QuoteIndex& quotes,
                               std::string_view query, const Date& at, std::size_t limit) {
  // Words stop where the bytes stop being text, as they do for the search itself.
  if (const auto bad = utf8::first_invalid(query))
    query = query.substr(0, *bad);
  LookupResult result;
  result.query = std::string(query);
  result.at = at;
  result.has_words = !facts::to_fts_query(query).empty();
  if (!result.has_words || limit == 0)
    return result;
  std::vector<std::string> matched_quotes;
  // Cards in the order of their best hit; entity and property ids never meet, as each
  // card is either.
  std::map<std::string, std::size_t, std::less<>> card_of;
  for (facts::SearchHit& hit : base.search(query, limit * kHitsPerCard)) {
    std::string entity_id;
    if (hit.kind == facts::HitKind::quote) {
      const auto quote = quotes.find(hit.ref);
      if (!quote)
        continue;
      matched_quotes.push_back(quote->id);
      entity_id = quote->speaker;
    } else if (hit.kind != facts::HitKind::label) {
      entity_id = hit.ref;
    }
    const std::string key = entity_id.empty() ? "property:" + hit.ref : "entity:" + entity_id;
    if (card_of.contains(key) || result.cards.size() == limit)
      continue;
    FactCard card;
    if (entity_id.empty()) {
      card.property = base.property(hit.ref);
      if (!card.property)
        continue;
    } else {
      card.entity = base.entity(entity_id);
      if (!card.entity)
        continue;
    }
    card.hit = std::move(hit);
    card_of.emplace(key, result.cards.size());
    result.cards.push_back(std::move(card));
  }
  SourceCache sources(base);
  for (FactCard& card : result.cards) {
    if (!card.entity)
      continue;
    fill_entity(card, base, at, sources);
    for (CardQuote& quote : card.quotes) {
      quote.matched = std::find(matched_quotes.begin(), matched_quotes.end(), quote.quote.id) !=
                      matched_quotes.end();
    }
  }
  return result;
}

}  // namespace

}  // namespace presscheck
