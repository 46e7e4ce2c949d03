#include "factbase/store_reader.hpp"

#include "factbase/claim_store.hpp"

#include <fmt/format.h>
#include <stdexcept>
#include <unordered_map>

#include "core/json_reader.hpp"
#include "factbase/record_parser.hpp"

namespace presscheck::facts {
namespace {

std::optional<Date> read_date(SQLite::Statement& row, int column) {
  if (row.getColumn(column).isNull())
    return std::nullopt;
  const auto date = Date::parse_iso(row.getColumn(column).getString());
  if (!date)
    throw std::runtime_error("malformed date in the fact base");
  return date;
}

Lang read_lang(SQLite::Statement& row, int column) {
  return row.getColumn(column).getString() == "en" ? Lang::en : Lang::fr;
}

template <typename Enum>
Enum read_enum(SQLite::Statement& row, int column, std::optional<Enum> (*parse)(std::string_view)) {
  const auto parsed = parse(row.getColumn(column).getString());
  if (!parsed)
    throw std::runtime_error("malformed value in the fact base");
  return *parsed;
}

}  // namespace

std::string join_ids(const std::vector<std::string>& ids) {
  std::string text;
  for (const std::string& id : ids) {
    if (!text.empty())
      text += ' ';
    text += id;
  }
  return text;
}

std::vector<std::string> split_ids(const std::string& text) {
  std::vector<std::string> ids;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos)
      end = text.size();
    ids.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return ids;
}

Source read_source(SQLite::Statement& row) {
  Source source;
  source.id = row.getColumn(0).getString();
  source.url = row.getColumn(1).getString();
  source.title = row.getColumn(2).getString();
  source.publisher = row.getColumn(3).getString();
  source.published = read_date(row, 4);
  source.retrieved = read_date(row, 5);
  return source;
}

Statement read_statement(SQLite::Statement& row) {
  Statement statement;
  statement.id = row.getColumn(0).getString();
  statement.subject = row.getColumn(1).getString();
  statement.property = row.getColumn(2).getString();
  Value& value = statement.value;
  value.type = read_enum(row, 3, parse_value_type);
  value.number = row.getColumn(4).getDouble();
  value.unit = row.getColumn(5).getString();
  if (const auto date = read_date(row, 6))
    value.date = *date;
  value.text = row.getColumn(7).getString();
  statement.valid_from = read_date(row, 8);
  statement.valid_to = read_date(row, 9);
  statement.point_in_time = read_date(row, 10);
  const std::string qualifiers = row.getColumn(11).getString();
  if (qualifiers != "{}")
    statement.qualifiers = parse_qualifiers(qualifiers);
  statement.rank = static_cast<Rank>(row.getColumn(12).getInt());
  statement.sources = split_ids(row.getColumn(13).getString());
  return statement;
}

Quote read_quote(SQLite::Statement& row) {
  Quote quote;
  quote.id = row.getColumn(0).getString();
  quote.speaker = row.getColumn(1).getString();
  quote.said_on = read_date(row, 2);
  quote.lang = read_lang(row, 3);
  quote.text = row.getColumn(4).getString();
  quote.polarity = read_enum(row, 5, parse_polarity);
  const JsonValue translations = parse_json(row.getColumn(6).getString());
  for (const auto& [code, text] : translations.as_object()) {
    quote.translations[code == "en" ? Lang::en : Lang::fr] = text.as_string();
  }
  quote.about = row.getColumn(7).getString();
  quote.sources = split_ids(row.getColumn(8).getString());
  return quote;
}

FactSet read_all(SQLite::Database& db, const std::string& name) {
  FactSet set;
  const Origin origin{name, 0};
  SQLite::Statement sources(db, fmt::format("SELECT {} FROM source ORDER BY id", kSourceColumns));
  while (sources.executeStep())
    set.sources.push_back({read_source(sources), origin, true, true});

  std::unordered_map<std::string, std::size_t> entity_index;
  SQLite::Statement entities(db, "SELECT id, kind FROM entity ORDER BY id");
  while (entities.executeStep()) {
    Entity entity;
    entity.id = entities.getColumn(0).getString();
    entity.kind = read_enum(entities, 1, parse_entity_kind);
    entity_index.emplace(entity.id, set.entities.size());
    set.entities.push_back({std::move(entity), origin, true, true});
  }
  SQLite::Statement names(db,
                          "SELECT entity, lang, is_alias, name FROM entity_name "
                          "ORDER BY entity, lang, is_alias, position");
  while (names.executeStep()) {
    Entity& entity = set.entities.at(entity_index.at(names.getColumn(0).getString())).record;
    Words& words = names.getColumn(2).getInt() != 0 ? entity.aliases : entity.names;
    words[read_lang(names, 1)].push_back(names.getColumn(3).getString());
  }

  std::unordered_map<std::string, std::size_t> property_index;
  SQLite::Statement properties(db,
                               "SELECT id, value_type, single_valued FROM property ORDER BY id");
  while (properties.executeStep()) {
    Property property;
    property.id = properties.getColumn(0).getString();
    property.value_type = read_enum(properties, 1, parse_value_type);
    property.single_valued = properties.getColumn(2).getInt() != 0;
    property_index.emplace(property.id, set.properties.size());
    set.properties.push_back({std::move(property), origin, true, true});
  }
  SQLite::Statement labels(db,
                           "SELECT property, lang, label FROM property_label "
                           "ORDER BY property, lang, position");
  while (labels.executeStep()) {
    Property& property =
        set.properties.at(property_index.at(labels.getColumn(0).getString())).record;
    property.labels[read_lang(labels, 1)].push_back(labels.getColumn(2).getString());
  }

  SQLite::Statement statements(
      db, fmt::format("SELECT {} FROM statement ORDER BY id", kStatementColumns));
  while (statements.executeStep())
    set.statements.push_back({read_statement(statements), origin, true, true});
  SQLite::Statement quotes(db, fmt::format("SELECT {} FROM quote ORDER BY id", kQuoteColumns));
  while (quotes.executeStep())
    set.quotes.push_back({read_quote(quotes), origin, true, true});
  set.claims = read_claim_reviews(db, name);
  return set;
}

}  // namespace presscheck::facts
