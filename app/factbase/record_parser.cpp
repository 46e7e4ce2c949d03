#include "factbase/record_parser.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace presscheck::facts {
namespace {

using Type = JsonValue::Type;

// Reads the fields of one record, reporting each problem with the record's origin and
// remembering which fields were read so that the others can be reported as unknown.
class Fields {
 public:
  Fields(const JsonValue& object, std::string_view what, const Origin& origin,
         std::vector<Problem>& problems)
      : object_(object), what_(what), origin_(origin), problems_(problems) {}

  void report(std::string message) {
    problems_.push_back({origin_, std::move(message)});
    ++reported_;
  }
  bool clean() const { return reported_ == 0; }

  const JsonValue* get(std::string_view key) {
    known_.push_back(key);
    return object_.find(key);
  }

  // The field if present and of the expected type; reports and returns nullptr otherwise.
  const JsonValue* get(std::string_view key, Type type, bool required) {
    const JsonValue* value = get(key);
    if (value == nullptr) {
      if (required)
        report(fmt::format("missing field \"{}\" in {}", key, what_));
      return nullptr;
    }
    return check_type(*value, key, type) ? value : nullptr;
  }

  bool check_type(const JsonValue& value, std::string_view field, Type type) {
    if (value.type() == type)
      return true;
    report(fmt::format("field \"{}\" must be {}, not {}", field, json_type_name(type),
                       json_type_name(value.type())));
    return false;
  }

  std::string string(std::string_view key, bool required) {
    const JsonValue* value = get(key, Type::string, required);
    if (value == nullptr)
      return {};
    if (value->as_string().empty())
      report(fmt::format("field \"{}\" must not be empty", key));
    return value->as_string();
  }

  std::string id(std::string_view key, bool required) {
    std::string text = string(key, required);
    if (!text.empty() && !is_valid_id(text)) {
      report(
          fmt::format("invalid id \"{}\" in \"{}\" (use lowercase letters, digits, '-', '_' "
                      "and '.')",
                      text, key));
    }
    return text;
  }

  std::optional<Lang> lang(std::string_view code, std::string_view field) {
    const auto lang = code == "fr"   ? std::optional(Lang::fr)
                      : code == "en" ? std::optional(Lang::en)
                                     : std::nullopt;
    if (!lang)
      report(fmt::format("unknown language \"{}\" in \"{}\" (expected fr or en)", code, field));
    return lang;
  }

  Words words(std::string_view key, bool required) {
    Words words;
    const JsonValue* object = get(key, Type::object, required);
    if (object == nullptr)
      return words;
    for (const auto& [code, list] : object->as_object()) {
      const std::string field = fmt::format("{}.{}", key, code);
      const auto lang = this->lang(code, key);
      if (!lang || !check_type(list, field, Type::array))
        continue;
      for (const JsonValue& item : list.as_array()) {
        if (!check_type(item, field, Type::string))
          continue;
        if (item.as_string().empty()) {
          report(fmt::format("empty text in \"{}\"", field));
          continue;
        }
        words[*lang].push_back(item.as_string());
      }
    }
    return words;
  }

  std::vector<std::string> ids(std::string_view key) {
    std::vector<std::string> ids;
    const JsonValue* list = get(key, Type::array, false);
    if (list == nullptr)
      return ids;
    for (const JsonValue& item : list->as_array()) {
      if (!check_type(item, key, Type::string))
        continue;
      if (!is_valid_id(item.as_string())) {
        report(
            fmt::format("invalid id \"{}\" in \"{}\" (use lowercase letters, digits, '-', "
                        "'_' and '.')",
                        item.as_string(), key));
        continue;
      }
      ids.push_back(item.as_string());
    }
    return ids;
  }

  // A date is "YYYY[-MM[-DD]]" or {"date": "…", "precision": "year|month|day"}.
  std::optional<Date> date(const JsonValue& value, std::string_view field) {
    const JsonValue* text = &value;
    const JsonValue* precision = nullptr;
    if (value.is_object()) {
      for (const auto& member : value.as_object()) {
        if (member.first != "date" && member.first != "precision") {
          report(fmt::format("unknown field \"{}\" in \"{}\"", member.first, field));
        }
      }
      text = value.find("date");
      precision = value.find("precision");
      if (text == nullptr) {
        report(fmt::format("missing field \"date\" in \"{}\"", field));
        return std::nullopt;
      }
    }
    if (!check_type(*text, field, Type::string))
      return std::nullopt;
    const auto date = parse_date_text(text->as_string());
    if (!date) {
      report(fmt::format("invalid date \"{}\" in \"{}\" (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                         text->as_string(), field));
      return std::nullopt;
    }
    if (precision != nullptr) {
      const std::string precision_field = fmt::format("{}.precision", field);
      if (!check_type(*precision, precision_field, Type::string))
        return std::nullopt;
      const auto parsed = parse_precision(precision->as_string());
      if (!parsed) {
        report(fmt::format("unknown precision \"{}\" in \"{}\" (expected year, month or day)",
                           precision->as_string(), field));
        return std::nullopt;
      }
      if (*parsed != date->precision) {
        report(fmt::format("precision \"{}\" does not match date \"{}\" in \"{}\"",
                           precision->as_string(), text->as_string(), field));
        return std::nullopt;
      }
    }
    return date;
  }

  std::optional<Date> date(std::string_view key) {
    const JsonValue* value = get(key);
    return value == nullptr ? std::nullopt : date(*value, key);
  }

  std::optional<Value> value(const JsonValue& json, std::string_view field);

  void finish() {
    for (const auto& member : object_.as_object()) {
      if (std::find(known_.begin(), known_.end(), member.first) == known_.end()) {
        report(fmt::format("unknown field \"{}\" in {}", member.first, what_));
      }
    }
  }

 private:
  // Date::parse_iso also accepts a time part, which a fact file has no use for.
  static std::optional<Date> parse_date_text(const std::string& text) {
    if (text.find_first_of("T ") != std::string::npos)
      return std::nullopt;
    return Date::parse_iso(text);
  }

  const JsonValue& object_;
  std::string_view what_;
  const Origin& origin_;
  std::vector<Problem>& problems_;
  std::vector<std::string_view> known_;
  std::size_t reported_ = 0;
};

bool is_currency(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::optional<Value> Fields::value(const JsonValue& json, std::string_view field) {
  if (json.is_string() && field.starts_with("qualifiers.")) {
    // A qualifier given as a bare string names an entity, as in {"law": "digital-services-act"}.
    if (!is_valid_id(json.as_string())) {
      report(
          fmt::format("invalid id \"{}\" in \"{}\" (use lowercase letters, digits, '-', '_' "
                      "and '.')",
                      json.as_string(), field));
      return std::nullopt;
    }
    Value value;
    value.type = ValueType::entity;
    value.text = json.as_string();
    return value;
  }
  if (!check_type(json, field, Type::object))
    return std::nullopt;
  static constexpr std::string_view kForms[] = {"amount", "quantity", "percent",
                                                "date",   "entity",   "text"};
  std::vector<std::string_view> forms;
  for (std::string_view form : kForms) {
    if (json.find(form) != nullptr)
      forms.push_back(form);
  }
  if (forms.size() != 1) {
    report(
        fmt::format("\"{}\" must have exactly one of \"amount\", \"quantity\", \"percent\", "
                    "\"date\", \"entity\" or \"text\"",
                    field));
    return std::nullopt;
  }
  const std::string_view form = forms.front();
  const std::vector<std::string_view> allowed =
      form == "amount"     ? std::vector<std::string_view>{"amount", "currency"}
      : form == "quantity" ? std::vector<std::string_view>{"quantity", "unit"}
      : form == "date"     ? std::vector<std::string_view>{"date", "precision"}
                           : std::vector<std::string_view>{form};
  bool ok = true;
  for (const auto& member : json.as_object()) {
    if (std::find(allowed.begin(), allowed.end(), member.first) == allowed.end()) {
      report(fmt::format("unknown field \"{}\" in \"{}\"", member.first, field));
      ok = false;
    }
  }
  const JsonValue& main = *json.find(form);
  const std::string main_field = fmt::format("{}.{}", field, form);
  Value value;
  if (form == "date") {
    const auto date = this->date(json, field);
    if (!date || !ok)
      return std::nullopt;
    value.type = ValueType::date;
    value.date = *date;
    return value;
  }
  if (form == "entity" || form == "text") {
    if (!check_type(main, main_field, Type::string))
      return std::nullopt;
    value.type = form == "entity" ? ValueType::entity : ValueType::text;
    value.text = main.as_string();
    if (value.text.empty()) {
      report(fmt::format("field \"{}\" must not be empty", main_field));
      return std::nullopt;
    }
    if (value.type == ValueType::entity && !is_valid_id(value.text)) {
      report(
          fmt::format("invalid id \"{}\" in \"{}\" (use lowercase letters, digits, '-', '_' "
                      "and '.')",
                      value.text, main_field));
      return std::nullopt;
    }
    return ok ? std::optional(value) : std::nullopt;
  }
  if (!check_type(main, main_field, Type::number))
    return std::nullopt;
  value.number = main.as_number();
  if (form == "amount") {
    value.type = ValueType::money;
    const JsonValue* currency = json.find("currency");
    if (currency == nullptr || !currency->is_string() || !is_currency(currency->as_string())) {
      report(fmt::format("\"{}.currency\" must be a three-letter code such as \"EUR\"", field));
      return std::nullopt;
    }
    value.unit = currency->as_string();
  } else if (form == "quantity") {
    value.type = ValueType::quantity;
    if (const JsonValue* unit = json.find("unit")) {
      if (!check_type(*unit, fmt::format("{}.unit", field), Type::string))
        return std::nullopt;
      value.unit = unit->as_string();
    }
  } else {
    value.type = ValueType::percent;
  }
  return ok ? std::optional(value) : std::nullopt;
}

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
                        "missing field \"type\" (source, entity, property, statement or "
                        "quote)"});
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
  } else {
    problems.push_back({origin, fmt::format("unknown record type \"{}\" (expected source, entity, "
                                            "property, statement or quote)",
                                            name)});
  }
}

}  // namespace presscheck::facts
