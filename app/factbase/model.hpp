#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/lang.hpp"

namespace presscheck::facts {

/// What an entity is; offices (« commissaire européen ») are entities too.
enum class EntityKind { person, organization, office, place, event, product, law, other };

/// The form every value of a property takes.
enum class ValueType { money, quantity, percent, date, entity, text };

/// Wikidata's ranks: a superseded fact is deprecated, never deleted.
enum class Rank { preferred, normal, deprecated };

/// Whether a quote asserts or denies.
enum class Polarity { affirmative, negative };

std::optional<EntityKind> parse_entity_kind(std::string_view name);
std::string_view entity_kind_name(EntityKind kind);
std::optional<ValueType> parse_value_type(std::string_view name);
std::string_view value_type_name(ValueType type);
std::optional<Rank> parse_rank(std::string_view name);
std::string_view rank_name(Rank rank);
std::optional<Polarity> parse_polarity(std::string_view name);
std::string_view polarity_name(Polarity polarity);

/// Words per language: names, aliases or labels.
using Words = std::map<Lang, std::vector<std::string>>;

/// Where a work of reference can be found.
struct Source {
  std::string id;
  std::string url;  // empty when the source has no address (a print article)
  std::string title;
  std::string publisher;
  std::optional<Date> published;
  std::optional<Date> retrieved;
};

/// A person, organisation, office, law… with its names in French and English.
struct Entity {
  std::string id;
  EntityKind kind = EntityKind::other;
  Words names;
  Words aliases;
};

/// A kind of fact, such as a fine or an office held, with the words drafts use for it.
struct Property {
  std::string id;
  ValueType value_type = ValueType::text;
  Words labels;
  /// At most one non-deprecated statement per subject may hold at any moment.
  bool single_valued = false;
};

/// The value of a statement or a qualifier.
struct Value {
  ValueType type = ValueType::text;
  double number = 0;  // amount, quantity or percent
  std::string unit;   // currency (money) or unit (quantity)
  Date date;          // for date values
  std::string text;   // entity id (entity) or the text itself (text)
};

/// A statement's extra precision, e.g. "law": the act a fine was imposed under.
using Qualifiers = std::map<std::string, Value>;

/// One time-aware claim about a subject, Wikidata-style.
struct Statement {
  std::string id;
  std::string subject;   // entity id
  std::string property;  // property id
  Value value;
  std::optional<Date> valid_from;
  std::optional<Date> valid_to;  // the first day the statement no longer holds
  std::optional<Date> point_in_time;
  Qualifiers qualifiers;
  Rank rank = Rank::normal;
  std::vector<std::string> sources;

  /// Whether the statement holds over a period (rather than at a moment or always).
  bool has_period() const { return valid_from.has_value() || valid_to.has_value(); }
  /// Whether the validity period covers `day` (YYYYMMDD); statements without a period do.
  bool period_covers(int day) const;
};

/// Words someone said, with their polarity and translations.
struct Quote {
  std::string id;
  std::string speaker;  // entity id
  std::optional<Date> said_on;
  Lang lang = Lang::fr;
  std::string text;
  Polarity polarity = Polarity::affirmative;
  std::map<Lang, std::string> translations;
  std::string about;  // entity id, or empty
  std::vector<std::string> sources;
};

/// A value as shown to users: "120000000 EUR", "2025-12", "Regulation (EU) 2022/2065".
std::string display_value(const Value& value);

/// The key used to match names: case, accents, apostrophes and spacing folded.
std::string name_key(std::string_view name);
/// Changes whenever name_key folds a name differently: a base compiled under another fold
/// holds keys that lookups would no longer find (the cache of compiled bases is named by it).
inline constexpr int kNameKeyFold = 1;

}  // namespace presscheck::facts
