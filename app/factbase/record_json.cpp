#include "factbase/record_json.hpp"

#include "core/json_writer.hpp"

namespace presscheck::facts {
namespace {

void write_date_object(JsonWriter& out, const Date& date) {
  out.begin_object();
  out.key("date").value(date.iso());
  out.key("precision").value(precision_name(date.precision));
  out.end_object();
}

void write_words(JsonWriter& out, std::string_view key, const Words& words) {
  if (words.empty())
    return;
  out.key(key).begin_object();
  for (const auto& [lang, list] : words) {
    out.key(lang_code(lang)).begin_array();
    for (const std::string& word : list)
      out.value(word);
    out.end_array();
  }
  out.end_object();
}

void write_ids(JsonWriter& out, std::string_view key, const std::vector<std::string>& ids) {
  out.key(key).begin_array();
  for (const std::string& id : ids)
    out.value(id);
  out.end_array();
}

void write_value(JsonWriter& out, const Value& value) {
  out.begin_object();
  switch (value.type) {
    case ValueType::money:
      out.key("amount").value(value.number);
      out.key("currency").value(value.unit);
      break;
    case ValueType::quantity:
      out.key("quantity").value(value.number);
      if (!value.unit.empty())
        out.key("unit").value(value.unit);
      break;
    case ValueType::percent:
      out.key("percent").value(value.number);
      break;
    case ValueType::date:
      out.key("date").value(value.date.iso());
      out.key("precision").value(precision_name(value.date.precision));
      break;
    case ValueType::entity:
      out.key("entity").value(value.text);
      break;
    case ValueType::text:
      out.key("text").value(value.text);
      break;
  }
  out.end_object();
}

void write_qualifiers(JsonWriter& out, const Qualifiers& qualifiers) {
  out.begin_object();
  for (const auto& [key, value] : qualifiers) {
    out.key(key);
    if (value.type == ValueType::entity) {
      out.value(value.text);
    } else {
      write_value(out, value);
    }
  }
  out.end_object();
}

JsonWriter start(std::string_view type, const std::string& id) {
  JsonWriter out;
  out.begin_object();
  out.key("type").value(type);
  out.key("id").value(id);
  return out;
}

}  // namespace

std::string to_json(const Source& source) {
  JsonWriter out = start("source", source.id);
  if (!source.url.empty())
    out.key("url").value(source.url);
  if (!source.title.empty())
    out.key("title").value(source.title);
  if (!source.publisher.empty())
    out.key("publisher").value(source.publisher);
  if (source.published)
    out.key("published").value(source.published->iso());
  if (source.retrieved)
    out.key("retrieved").value(source.retrieved->iso());
  return out.end_object().str();
}

std::string to_json(const Entity& entity) {
  JsonWriter out = start("entity", entity.id);
  out.key("kind").value(entity_kind_name(entity.kind));
  write_words(out, "names", entity.names);
  write_words(out, "aliases", entity.aliases);
  return out.end_object().str();
}

std::string to_json(const Property& property) {
  JsonWriter out = start("property", property.id);
  out.key("value_type").value(value_type_name(property.value_type));
  write_words(out, "labels", property.labels);
  if (property.single_valued)
    out.key("single_valued").value(true);
  return out.end_object().str();
}

std::string to_json(const Statement& statement) {
  JsonWriter out = start("statement", statement.id);
  out.key("subject").value(statement.subject);
  out.key("property").value(statement.property);
  out.key("value");
  write_value(out, statement.value);
  if (statement.valid_from)
    write_date_object(out.key("valid_from"), *statement.valid_from);
  if (statement.valid_to)
    write_date_object(out.key("valid_to"), *statement.valid_to);
  if (statement.point_in_time) {
    write_date_object(out.key("point_in_time"), *statement.point_in_time);
  }
  if (!statement.qualifiers.empty())
    write_qualifiers(out.key("qualifiers"), statement.qualifiers);
  out.key("rank").value(rank_name(statement.rank));
  write_ids(out, "sources", statement.sources);
  return out.end_object().str();
}

std::string to_json(const Quote& quote) {
  JsonWriter out = start("quote", quote.id);
  out.key("speaker").value(quote.speaker);
  if (quote.said_on)
    write_date_object(out.key("said_on"), *quote.said_on);
  out.key("lang").value(lang_code(quote.lang));
  out.key("text").value(quote.text);
  out.key("polarity").value(polarity_name(quote.polarity));
  if (!quote.translations.empty()) {
    out.key("translations").begin_object();
    for (const auto& [lang, text] : quote.translations)
      out.key(lang_code(lang)).value(text);
    out.end_object();
  }
  if (!quote.about.empty())
    out.key("about").value(quote.about);
  write_ids(out, "sources", quote.sources);
  return out.end_object().str();
}

std::string value_to_json(const Value& value) {
  JsonWriter out;
  write_value(out, value);
  return out.str();
}

std::string qualifiers_to_json(const Qualifiers& qualifiers) {
  JsonWriter out;
  write_qualifiers(out, qualifiers);
  return out.str();
}

}  // namespace presscheck::facts
