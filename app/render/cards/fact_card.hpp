#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "factbase/claim_review.hpp"
#include "factbase/fact_base.hpp"
#include "factbase/quote_index.hpp"

namespace presscheck {

/// Where a statement stands at the date asked: holding, or why not.
enum class StatementStatus { current, former, not_yet, superseded, deprecated };

std::string_view statement_status_name(StatementStatus status);

/// A statement as a card shows it, with its sources looked up.
struct CardStatement {
  facts::Statement statement;
  StatementStatus status = StatementStatus::current;
  std::vector<facts::Source> sources;
};

/// A quote as a card shows it; `matched` when the search found the card through it.
struct CardQuote {
  facts::Quote quote;
  bool matched = false;
  std::vector<facts::Source> sources;
};

/// What the fact base holds on one search result: an entity with its statements at the
/// date (current ones first, then the others, each marked), who holds it when it is an
/// office, and its quotes; or a property when one of its labels matched.
struct FactCard {
  facts::SearchHit hit;  // the best hit that led to this card
  std::optional<facts::Entity> entity;
  std::optional<facts::Property> property;
  std::vector<CardStatement> statements;
  std::vector<CardStatement> holders;
  std::vector<CardQuote> quotes;
};

/// A lookup's answer: the cards, best first, at most the limit asked.
struct LookupResult {
  std::string query;
  Date at;
  bool has_words = false;  // false when the query holds nothing to search for
  /// When the query found nothing and a name spelt one letter differently did: that
  /// spelling, whose cards these are (« Bretton » -> « Breton »).
  std::string respelled;
  std::vector<FactCard> cards;
  /// Past fact-checks whose claim holds every word of the query (filled by the caller).
  std::vector<facts::ClaimReview> past_checks;
};

/// Searches the base for `query` (plain words) and builds one card per entity or property
/// found, best first; hits on names, aliases and quotes of one entity share its card. When
/// nothing is found, the query is tried again with its names spelt as the base spells them.
LookupResult lookup(const facts::FactBase& base, const facts::QuoteIndex& quotes,
                    std::string_view query, const Date& at, std::size_t limit);

}  // namespace presscheck
