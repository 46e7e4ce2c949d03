#include "factbase/store_writer.hpp"

#include <algorithm>

#include "core/json_writer.hpp"
#include "factbase/record_json.hpp"
#include "factbase/store_reader.hpp"

namespace presscheck::facts {
namespace {

void bind_date(SQLite::Statement& statement, int index, const std::optional<Date>& date) {
  if (date) {
    statement.bind(index, date->iso());
  } else {
    statement.bind(index);
  }
}

void run(SQLite::Statement& statement) {
  statement.exec();
  statement.reset();
}

template <typename Record>
std::vector<const Record*> sorted_by_id(const std::vector<Located<Record>>& records) {
  std::vector<const Record*> sorted;
  sorted.reserve(records.size());
  for (const auto& located : records)
    sorted.push_back(&located.record);
  std::sort(sorted.begin(), sorted.end(),
            [](const Record* a, const Record* b) { return a->id < b->id; });
  return sorted;
}

}  // namespace

void put_all(StoreWriter& writer, const FactSet& set) {
  for (const auto* record : sorted_by_id(set.sources))
    writer.put(*record);
  for (const auto* record : sorted_by_id(set.entities))
    writer.put(*record);
  for (const auto* record : sorted_by_id(set.properties))
    writer.put(*record);
  for (const auto* record : sorted_by_id(set.statements))
    writer.put(*record);
  for (const auto* record : sorted_by_id(set.quotes))
    writer.put(*record);
}

StoreWriter::StoreWriter(SQLite::Database& db)
    : db_(db),
      source_(db,
              "INSERT OR REPLACE INTO source (id, url, title, publisher, published, retrieved) "
              "VALUES (?, ?, ?, ?, ?, ?)"),
      entity_(db, "INSERT OR REPLACE INTO entity (id, kind) VALUES (?, ?)"),
      delete_names_(db, "DELETE FROM entity_name WHERE entity = ?"),
      name_(db,
            "INSERT INTO entity_name (entity, lang, is_alias, position, name, key) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
      property_(db,
                "INSERT OR REPLACE INTO property (id, value_type, single_valued) "
                "VALUES (?, ?, ?)"),
      delete_labels_(db, "DELETE FROM property_label WHERE property = ?"),
      label_(db,
             "INSERT INTO property_label (property, lang, position, label) VALUES (?, ?, ?, ?)"),
      statement_(db,
                 "INSERT OR REPLACE INTO statement (id, subject, property, value_type, number, "
                 "unit, value_date, value_text, valid_from, valid_to, point_in_time, qualifiers, "
                 "rank, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      quote_(db,
             "INSERT OR REPLACE INTO quote (id, speaker, said_on, lang, text, polarity, "
             "translations, about, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") {}

void StoreWriter::put(const Source& source) {
  source_.bind(1, source.id);
  source_.bind(2, source.url);
  source_.bind(3, source.title);
  source_.bind(4, source.publisher);
  bind_date(source_, 5, source.published);
  bind_date(source_, 6, source.retrieved);
  run(source_);
}

void StoreWriter::put(const Entity& entity) {
  entity_.bind(1, entity.id);
  entity_.bind(2, std::string(entity_kind_name(entity.kind)));
  run(entity_);
  delete_names_.bind(1, entity.id);
  run(delete_names_);
  for (const auto* words : {&entity.names, &entity.aliases}) {
    for (const auto& [lang, list] : *words) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        name_.bind(1, entity.id);
        name_.bind(2, std::string(lang_code(lang)));
        name_.bind(3, words == &entity.aliases ? 1 : 0);
        name_.bind(4, static_cast<int64_t>(i));
        name_.bind(5, list[i]);
        name_.bind(6, name_key(list[i]));
        run(name_);
      }
    }
  }
}

void StoreWriter::put(const Property& property) {
  property_.bind(1, property.id);
  property_.bind(2, std::string(value_type_name(property.value_type)));
  property_.bind(3, property.single_valued ? 1 : 0);
  run(property_);
  delete_labels_.bind(1, property.id);
  run(delete_labels_);
  for (const auto& [lang, list] : property.labels) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      label_.bind(1, property.id);
      label_.bind(2, std::string(lang_code(lang)));
      label_.bind(3, static_cast<int64_t>(i));
      label_.bind(4, list[i]);
      run(label_);
    }
  }
}

void StoreWriter::put(const Statement& statement) {
  const Value& value = statement.value;
  statement_.bind(1, statement.id);
  statement_.bind(2, statement.subject);
  statement_.bind(3, statement.property);
  statement_.bind(4, std::string(value_type_name(value.type)));
  statement_.bind(5, value.number);
  statement_.bind(6, value.unit);
  bind_date(statement_, 7,
            value.type == ValueType::date ? std::optional(value.date) : std::nullopt);
  statement_.bind(8, value.text);
  bind_date(statement_, 9, statement.valid_from);
  bind_date(statement_, 10, statement.valid_to);
  bind_date(statement_, 11, statement.point_in_time);
  statement_.bind(12, qualifiers_to_json(statement.qualifiers));
  statement_.bind(13, static_cast<int>(statement.rank));
  statement_.bind(14, join_ids(statement.sources));
  run(statement_);
}

void StoreWriter::put(const Quote& quote) {
  quote_.bind(1, quote.id);
  quote_.bind(2, quote.speaker);
  bind_date(quote_, 3, quote.said_on);
  quote_.bind(4, std::string(lang_code(quote.lang)));
  quote_.bind(5, quote.text);
  quote_.bind(6, std::string(polarity_name(quote.polarity)));
  JsonWriter translations;
  translations.begin_object();
  for (const auto& [lang, text] : quote.translations)
    translations.key(lang_code(lang)).value(text);
  translations.end_object();
  quote_.bind(7, translations.str());
  quote_.bind(8, quote.about);
  quote_.bind(9, join_ids(quote.sources));
  run(quote_);
}

void StoreWriter::rebuild_search() {
  db_.exec(R"sql(
DELETE FROM search;
INSERT INTO search (text, kind, ref, lang)
  SELECT name, CASE is_alias WHEN 0 THEN 'name' ELSE 'alias' END, entity, lang FROM entity_name;
INSERT INTO search (text, kind, ref, lang) SELECT label, 'label', property, lang FROM property_label;
INSERT INTO search (text, kind, ref, lang) SELECT text, 'quote', id, lang FROM quote;
INSERT INTO search (text, kind, ref, lang)
  SELECT t.value, 'quote', q.id, t.key FROM quote AS q, json_each(q.translations) AS t;
INSERT INTO search (search) VALUES ('optimize');
)sql");
}

}  // namespace presscheck::facts
