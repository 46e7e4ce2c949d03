#include "factbase/record_parser.hpp"

#include "factbase/claim_record.hpp"
#include "factbase/record_fields.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace presscheck::facts {
namespace {

using Type = JsonValue::Type;

template <typename Enum>
Enum parse_enum(Fields& fields, std::string_view key,
                std::optional<Enum> (*parse)(std::string_view), Enum fallback, bool required,
                std::string_view expected) {
  const std::string text = fields.string(key, required);
  if (text.empty())
    return fallback;
  const auto parsed = parse(text);
  if (!parsed) {
    fields.report(fmt::format("unknown {} \"{}\" (expected {})", key, text, expected));
    return fallback;
  }
  return *parsed;
}

void parse_source(Fields& fields, Source& source) {
  source.url = fields.string("url", false);
  source.title = fields.string("title", false);
  source.publisher = fields.string("publisher", false);
  source.published = fields.date("published");
  source.retrieved = fields.date("retrieved");
  if (!source.url.empty() && !source.url.starts_with("https://") &&
      !source.url.starts_with("http://")) {
    fields.report("field \"url\" must start with https:// or http://");
  }
  if (source.url.empty() && source.title.empty()) {
    fields.report("a source needs a \"url\" or a \"title\"");
  }
}

void parse_entity(Fields& fields, Entity& entity) {
  entity.kind = parse_enum(fields, "kind", parse_entity_kind, EntityKind::other, true,
                           "person, organization, office, place, event, product, law or other");
  entity.names = fields.words("names", true);
  entity.aliases = fields.words("aliases", false);
  if (entity.names.empty())
    fields.report("an entity needs at least one name");
}

void parse_property(Fields& fields, Property& property) {
  property.value_type = parse_enum(fields, "value_type", parse_value_type, ValueType::text, true,
                                   "money, quantity, percent, date, entity or text");
  property.labels = fields.words("labels", false);
  if (const JsonValue* flag = fields.get("single_valued", Type::boolean, false)) {
    property.single_valued = flag->as_bool();
  }
}

void parse_statement(Fields& fields, Statement& statement) {
  statement.subject = fields.id("subject", true);
  statement.property = fields.id("property", true);
  if (const JsonValue* value = fields.get("value")) {
    if (auto parsed = fields.value(*value, "value"))
      statement.value = std::move(*parsed);
  } else {
    fields.report("missing field \"value\" in a statement");
  }
  statement.valid_from = fields.date("valid_from");
  statement.valid_to = fields.date("valid_to");
  statement.point_in_time = fields.date("point_in_time");
  if (const JsonValue* qualifiers = fields.get("qualifiers", Type::object, false)) {
    for (const auto& [key, json] : qualifiers->as_object()) {
      if (auto value = fields.value(json, fmt::format("qualifiers.{}", key))) {
        statement.qualifiers.emplace(key, std::move(*value));
      }
    }
  }
  statement.rank = parse_enum(fields, "rank", parse_rank, Rank::normal, false,
                              "preferred, normal or deprecated");
  statement.sources = fields.ids("sources");
  if (statement.sources.empty())
    fields.report("a statement must cite at least one source");
  if (statement.point_in_time && statement.has_period()) {
    fields.report(
        "a statement has either \"point_in_time\" or \"valid_from\"/\"valid_to\", not both");
  }
  if (statement.valid_from && statement.valid_to &&
      statement.valid_from->first_day() >= statement.valid_to->first_day()) {
    fields.report(fmt::format("\"valid_from\" ({}) must be before \"valid_to\" ({})",
                              statement.valid_from->iso(), statement.valid_to->iso()));
  }
}

void parse_quote(Fields& fields, Quote& quote) {
  quote.speaker = fields.id("speaker", true);
  quote.said_on = fields.date("said_on");
  const std::string lang = fields.string("lang", true);
  if (!lang.empty())
    quote.lang = fields.lang(lang, "lang").value_or(Lang::fr);
  quote.text = fields.string("text", true);
  quote.polarity = parse_enum(fields, "polarity", parse_polarity, Polarity::affirmative, false,
                              "affirmative or negative");
  if (const JsonValue* translations = fields.get("translations", Type::object, false)) {
    for (const auto& [code, text] : translations->as_object()) {
      const auto lang = fields.lang(code, "translations");
      const std::string field = fmt::format("translations.{}", code);
      if (!lang || !fields.check_type(text, field, Type::string))
        continue;
      if (text.as_string().empty()) {
        fields.report(fmt::format("field \"{}\" must not be empty", field));
        continue;
      }
      quote.translations[*lang] = text.as_string();
    }
  }
  quote.about = fields.id("about", false);
  quote.sources = fields.ids("sources");
  if (quote.sources.empty())
    fields.report("a quote must cite at least one source");
}

template <typename Record>
void parse_into(Fields& fields, std::vector<Located<Record>>& records, const Origin& origin,
                void (*parse)(Fields&, Record&)) {
  Record record;
  record.id = fields.id("id", true);
  parse(fields, record);
  fields.finish();
  if (is_valid_id(record.id))
    records.push_back({std::move(record), origin, fields.clean()});
}

}  // namespace

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 200)
    return false;
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!lower_or_digit(id.front()))
    return false;
  return std::all_of(id.begin(), id.end(),
                     [&](char c) { return lower_or_digit(c) || c == '-' || c == '_' || c == '.'; });
}

Qualifiers parse_qualifiers(std::string_view text) {
  const JsonValue json = parse_json(text);
  std::vector<Problem> problems;
  const Origin origin;
  Fields fields(json, "qualifiers", origin, problems);
  Qualifiers qualifiers;
  if (!fields.check_type(json, "qualifiers", Type::object)) {
    throw std::runtime_error("malformed qualifiers in the fact base");
  }
  for (const auto& [key, member] : json.as_object()) {
    if (auto value = fields.value(member, fmt::format("qualifiers.{}", key))) {
      qualifiers.emplace(key, std::move(*value));
    }
  }
  if (!problems.empty())
    throw std::runtime_error("malformed qualifiers in the fact base");
  return qualifiers;
}

void parse_record(const JsonValue& json, const Origin& origin, FactSet& set,
                  std::vector<Problem>& problems) {
  if (!json.is_object()) {
    problems.push_back(
        {origin, fmt::format("a record must be an object, not {}", json_type_name(json.type()))});
    return;
  }
  const JsonValue* type = json.find("type");
  if (type == nullptr || !type->is_string()) {
    problems.push_back({origin,
                        "missing field \"type\" (source, entity, property, statement, "
                        "quote or claim_review)"});
    return;
  }
  const std::string& name = type->as_string();
  const std::string what = fmt::format("a{} {}", name == "entity" ? "n" : "", name);
  Fields fields(json, what, origin, problems);
  fields.get("type");
  if (name == "source") {
    parse_into(fields, set.sources, origin, parse_source);
  } else if (name == "entity") {
    parse_into(fields, set.entities, origin, parse_entity);
  } else if (name == "property") {
    parse_into(fields, set.properties, origin, parse_property);
  } else if (name == "statement") {
    parse_into(fields, set.statements, origin, parse_statement);
  } else if (name == "quote") {
    parse_into(fields, set.quotes, origin, parse_quote);
  } else if (name == "claim_review") {
    parse_into(fields, set.claims, origin, parse_claim_review);
  } else {
    problems.push_back({origin, fmt::format("unknown record type \"{}\" (expected source, entity, "
                                            "property, statement, quote or claim_review)",
                                            name)});
  }
}

}  // namespace presscheck::facts
