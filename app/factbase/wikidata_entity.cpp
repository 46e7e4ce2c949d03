#include "factbase/wikidata_entity.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace presscheck::facts {
namespace {

constexpr std::string_view kEntityPrefix = "http://www.wikidata.org/entity/";

const JsonValue* object_member(const JsonValue& object, std::string_view key) {
  const JsonValue* member = object.find(key);
  return member != nullptr && member->is_object() ? member : nullptr;
}

// The statements of one property in "claims" (dumps and the API) or "statements" (newer).
const JsonValue::Array* claims_of(const JsonValue& entity, std::string_view property) {
  for (const char* key : {"claims", "statements"}) {
    if (const JsonValue* claims = object_member(entity, key)) {
      const JsonValue* list = claims->find(property);
      if (list != nullptr && list->is_array())
        return &list->as_array();
    }
  }
  return nullptr;
}

// The value of a snak whose snaktype is "value", else nullptr (novalue, somevalue).
const JsonValue* snak_value(const JsonValue& snak) {
  if (member_text(snak, "snaktype") != "value")
    return nullptr;
  const JsonValue* datavalue = object_member(snak, "datavalue");
  return datavalue != nullptr ? datavalue->find("value") : nullptr;
}

std::string item_id(const JsonValue& value) {
  if (!value.is_object())
    return {};
  if (const std::string_view id = member_text(value, "id"); !id.empty())
    return std::string(id);
  const JsonValue* number = value.find("numeric-id");
  return number != nullptr && number->is_number()
             ? fmt::format("Q{}", static_cast<long long>(number->as_number()))
             : std::string();
}

std::optional<Date> time_of(const JsonValue& value) {
  const JsonValue* precision = value.is_object() ? value.find("precision") : nullptr;
  if (precision == nullptr || !precision->is_number())
    return std::nullopt;
  return wikidata_date(member_text(value, "time"), static_cast<int>(precision->as_number()));
}

// "http://www.wikidata.org/entity/Q4916" -> "Q4916"; "1" (no unit) -> "".
std::string unit_item(std::string_view unit) {
  if (unit.starts_with(kEntityPrefix))
    unit.remove_prefix(kEntityPrefix.size());
  return unit == "1" ? std::string() : std::string(unit);
}

std::optional<Value> quantity_value(const JsonValue& value, ValueType type,
                                    const WikidataMapping& mapping, WikidataRecords& records) {
  const std::string amount(member_text(value, "amount"));
  char* end = nullptr;
  const double number = std::strtod(amount.c_str(), &end);
  if (amount.empty() || end != amount.c_str() + amount.size() || !std::isfinite(number)) {
    records.skip("its amount cannot be read");
    return std::nullopt;
  }
  const std::string unit = unit_item(member_text(value, "unit"));
  const auto mapped = mapping.units.find(unit);
  if (!unit.empty() && mapped == mapping.units.end()) {
    records.skip("its unit is not in the mapping's [units]");
    return std::nullopt;
  }
  if (type == ValueType::money && unit.empty()) {
    records.skip("an amount of money has no currency");
    return std::nullopt;
  }
  Value result;
  result.type = type;
  result.number = number;
  result.unit = unit.empty() || type == ValueType::percent ? std::string() : mapped->second;
  return result;
}

// A snak's value in the form the presscheck property takes, or nothing (counted) when the
// two do not agree.
std::optional<Value> read_value(const JsonValue& value, const JsonValue& snak,
                                const MappedProperty& mapped, const WikidataMapping& mapping,
                                WikidataRecords& records) {
  const ValueType type = mapped.property.value_type;
  const std::string_view datatype = member_text(*object_member(snak, "datavalue"), "type");
  Value result;
  result.type = type;
  if (type == ValueType::entity && datatype == "wikibase-entityid") {
    const std::string id = item_id(value);
    if (id.empty() || id.front() != 'Q') {
      records.skip("its value is not an item");
      return std::nullopt;
    }
    result.text = fact_id(id);
    return result;
  }
  if (datatype == "quantity" &&
      (type == ValueType::money || type == ValueType::quantity || type == ValueType::percent))
    return quantity_value(value, type, mapping, records);
  if (type == ValueType::date && datatype == "time") {
    if (const auto date = time_of(value)) {
      result.date = *date;
      return result;
    }
    records.skip("its date is less precise than a year");
    return std::nullopt;
  }
  if (type == ValueType::text && datatype == "string" && value.is_string()) {
    result.text = value.as_string();
    return result;
  }
  if (type == ValueType::text && datatype == "monolingualtext") {
    result.text = std::string(member_text(value, "text"));
    return result;
  }
  records.skip("its value does not have the mapped property's value_type");
  return std::nullopt;
}

// The first snak of a qualifier or reference property, or nullptr.
const JsonValue* first_snak(const JsonValue& snaks, const std::string& property) {
  if (property.empty())
    return nullptr;
  const JsonValue* list = snaks.find(property);
  return list != nullptr && list->is_array() && !list->as_array().empty()
             ? &list->as_array().front()
             : nullptr;
}

// Reads the period qualifiers. False (counted) when the statement cannot be placed in time
// faithfully: an end that is unknown or vaguer than a year would turn a past term into a
// current one, and an end before the start is an error of the data.
bool read_period(const JsonValue& statement, const WikidataMapping& mapping, Statement& into,
                 WikidataRecords& records) {
  const JsonValue* qualifiers = object_member(statement, "qualifiers");
  if (qualifiers == nullptr)
    return true;
  const std::pair<const std::string*, std::optional<Date>*> bounds[] = {
      {&mapping.valid_from, &into.valid_from},
      {&mapping.valid_to, &into.valid_to},
      {&mapping.point_in_time, &into.point_in_time}};
  for (const auto& [property, date] : bounds) {
    const JsonValue* snak = first_snak(*qualifiers, *property);
    if (snak == nullptr || member_text(*snak, "snaktype") == "novalue")
      continue;
    const JsonValue* value = snak_value(*snak);
    *date = value != nullptr ? time_of(*value) : std::nullopt;
    if (!*date && property == &mapping.valid_to) {
      records.skip("its end date is unknown or vaguer than a year");
      return false;
    }
  }
  if (into.point_in_time && into.has_period())
    into.point_in_time.reset();  // the period says more
  if (into.valid_from && into.valid_to &&
      into.valid_from->first_day() >= into.valid_to->first_day()) {
    records.skip("its end date is not after its start date");
    return false;
  }
  return true;
}

// A source for each reference giving a URL or a work it is stated in, with its retrieval
// date; references that give neither (such as "imported from Wikipedia") are not sources.
void read_references(const JsonValue& statement, const WikidataMapping& mapping,
                     const Origin& origin, Statement& into, WikidataRecords& records) {
  const JsonValue* references = statement.find("references");
  if (references == nullptr || !references->is_array())
    return;
  for (const JsonValue& reference : references->as_array()) {
    const JsonValue* snaks = object_member(reference, "snaks");
    if (snaks == nullptr)
      continue;
    Source source;
    if (const JsonValue* url = first_snak(*snaks, mapping.reference_url)) {
      if (const JsonValue* value = snak_value(*url); value != nullptr && value->is_string())
        source.url = value->as_string();
    }
    if (const JsonValue* work = first_snak(*snaks, mapping.stated_in)) {
      if (const JsonValue* value = snak_value(*work)) {
        const std::string id = item_id(*value);
        source.title = id.empty() ? std::string() : "Stated in " + item_url(id);
      }
    }
    if (!source.url.starts_with("https://") && !source.url.starts_with("http://"))
      source.url.clear();
    if (source.url.empty() && source.title.empty())
      continue;
    if (const JsonValue* when = first_snak(*snaks, mapping.retrieved)) {
      if (const JsonValue* value = snak_value(*when))
        source.retrieved = time_of(*value);
    }
    const std::string_view hash = member_text(reference, "hash");
    source.id = hash.empty() ? fmt::format("wikidata-ref-{}-{}", into.id, into.sources.size())
                             : "wikidata-ref-" + fact_id(hash);
    into.sources.push_back(source.id);
    records.add_source(std::move(source), origin);
  }
}

void read_statements(const JsonValue& entity, const std::string& subject, const Source& item,
                     const WikidataMapping& mapping, const Origin& origin,
                     WikidataRecords& records) {
  for (const auto& [wikidata_property, mapped] : mapping.properties) {
    const JsonValue::Array* list = claims_of(entity, wikidata_property);
    if (list == nullptr)
      continue;
    for (const JsonValue& claim : *list) {
      const JsonValue* snak = object_member(claim, "mainsnak");
      const JsonValue* value = snak != nullptr ? snak_value(*snak) : nullptr;
      const std::string_view id = member_text(claim, "id");
      if (value == nullptr || id.empty()) {
        records.skip("it has no value");
        continue;
      }
      Statement statement;
      statement.id = fact_id(id);
      statement.subject = subject;
      statement.property = mapped.property.id;
      statement.rank = parse_rank(member_text(claim, "rank")).value_or(Rank::normal);
      auto read = read_value(*value, *snak, mapped, mapping, records);
      if (!read || !read_period(claim, mapping, statement, records))
        continue;
      statement.value = std::move(*read);
      read_references(claim, mapping, origin, statement, records);
      if (statement.sources.empty()) {
        statement.sources.push_back(item.id);
        records.add_source(item, origin);
      }
      // Whatever a statement kept points at takes the kind its property gives.
      if (mapped.value_kind && statement.value.type == ValueType::entity)
        records.kind_by_use.emplace(statement.value.text, *mapped.value_kind);
      records.add_statement(std::move(statement), origin);
    }
  }
}

// French and English labels as names, aliases as aliases (without repeating a name).
void read_names(const JsonValue& entity, Entity& into) {
  for (const Lang lang : {Lang::fr, Lang::en}) {
    const std::string code(lang_code(lang));
    std::vector<std::string>& names = into.names[lang];
    if (const JsonValue* labels = object_member(entity, "labels")) {
      if (const JsonValue* label = object_member(*labels, code)) {
        if (const std::string_view text = member_text(*label, "value"); !text.empty())
          names.emplace_back(text);
      }
    }
    const JsonValue* aliases = object_member(entity, "aliases");
    const JsonValue* list = aliases != nullptr ? aliases->find(code) : nullptr;
    for (const JsonValue& alias :
         list != nullptr && list->is_array() ? list->as_array() : JsonValue::Array{}) {
      const std::string text(member_text(alias, "value"));
      std::vector<std::string>& known = into.aliases[lang];
      if (!text.empty() && std::find(names.begin(), names.end(), text) == names.end() &&
          std::find(known.begin(), known.end(), text) == known.end())
        known.push_back(text);
    }
    if (names.empty())
      into.names.erase(lang);
    if (into.aliases[lang].empty())
      into.aliases.erase(lang);
  }
}

// The kind the first mapped class of the item gives, if any.
std::optional<EntityKind> kind_of(const JsonValue& entity, const WikidataMapping& mapping) {
  const JsonValue::Array* classes =
      mapping.instance_of.empty() ? nullptr : claims_of(entity, mapping.instance_of);
  if (classes == nullptr)
    return std::nullopt;
  for (const JsonValue& claim : *classes) {
    const JsonValue* snak = object_member(claim, "mainsnak");
    const JsonValue* value = snak != nullptr ? snak_value(*snak) : nullptr;
    if (value == nullptr || member_text(claim, "rank") == "deprecated")
      continue;
    if (const auto kind = mapping.classes.find(item_id(*value)); kind != mapping.classes.end())
      return kind->second;
  }
  return std::nullopt;
}

}  // namespace

void read_wikidata_entity(const JsonValue& entity, const WikidataMapping& mapping,
                          const Origin& origin, WikidataRecords& records) {
  const std::string_view wikidata_id = member_text(entity, "id");
  if (!entity.is_object() || wikidata_id.size() < 2 || wikidata_id.front() != 'Q')
    return;  // properties, lexemes and "missing" stubs hold no facts about the world
  ++records.entities_read;
  Entity record;
  record.id = fact_id(wikidata_id);
  read_names(entity, record);
  const auto kind = kind_of(entity, mapping);
  record.kind = kind.value_or(EntityKind::other);
  std::optional<Date> modified = records.retrieved;
  if (const std::string_view when = member_text(entity, "modified"); !when.empty())
    modified = Date::parse_iso(when);
  std::string label;
  for (const Lang lang : {Lang::en, Lang::fr}) {
    if (const auto names = record.names.find(lang); label.empty() && names != record.names.end())
      label = names->second.front();
  }
  const Source item = item_source(wikidata_id, label, modified);
  read_statements(entity, record.id, item, mapping, origin, records);
  records.add_entity(std::move(record), kind.has_value(), origin);
}

}  // namespace presscheck::facts
