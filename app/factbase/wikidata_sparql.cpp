#include "factbase/wikidata_sparql.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "core/error.hpp"

namespace presscheck::facts {
namespace {

// The binding of the first of `names` the row has, or nullptr.
const JsonValue* binding(const JsonValue& row, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    const JsonValue* value = row.find(name);
    if (value != nullptr && value->is_object())
      return value;
  }
  return nullptr;
}

// "http://www.wikidata.org/entity/Q264766" or "Q264766" -> "Q264766"; empty otherwise.
std::string item_of(const JsonValue* value) {
  if (value == nullptr)
    return {};
  std::string_view text = member_text(*value, "value");
  text.remove_prefix(std::min(text.size(), text.rfind('/') + 1));
  const bool item =
      text.size() >= 2 && text.front() == 'Q' &&
      std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= '0' && c <= '9'; });
  return item ? std::string(text) : std::string();
}

// A label binding as a name in French or English (a label without a language counts as
// English); nothing for another language.
void add_label(const JsonValue* value, Entity& entity) {
  if (value == nullptr)
    return;
  const std::string_view text = member_text(*value, "value");
  const std::string_view lang = member_text(*value, "xml:lang");
  if (text.empty() || (!lang.empty() && lang != "fr" && lang != "en"))
    return;
  // An unlabelled item comes back as its own id: that is no name.
  if (item_of(value) == text)
    return;
  entity.names[lang == "fr" ? Lang::fr : Lang::en].emplace_back(text);
}

std::optional<Date> date_of(const JsonValue* value) {
  return value != nullptr ? date_without_precision(member_text(*value, "value")) : std::nullopt;
}

}  // namespace

bool is_sparql_results(const JsonValue& json) {
  const JsonValue* head = json.find("head");
  const JsonValue* results = json.find("results");
  return head != nullptr && head->is_object() && results != nullptr && results->is_object() &&
         results->find("bindings") != nullptr;
}

void read_sparql_results(const JsonValue& results, const WikidataMapping& mapping,
                         std::string_view office, const Origin& origin, WikidataRecords& records) {
  const SparqlVariables& vars = mapping.sparql;
  const auto mapped = mapping.properties.find(vars.property);
  if (mapped == mapping.properties.end() || mapped->second.property.value_type != ValueType::entity)
    throw UserError(
        fmt::format("{}: reading SPARQL results needs [sparql] property to name a "
                    "mapped property whose value_type is \"entity\"",
                    origin.file));
  const JsonValue* rows = results.find("results")->find("bindings");
  for (const JsonValue& row : rows->is_array() ? rows->as_array() : JsonValue::Array{}) {
    const std::string person = item_of(binding(row, vars.person));
    const JsonValue* office_binding = binding(row, vars.office);
    const std::string held =
        office_binding != nullptr ? item_of(office_binding) : std::string(office);
    if (person.empty() || held.empty()) {
      records.skip(held.empty() ? "its row names no office (give --office)"
                                : "its row names no person");
      continue;
    }
    Statement statement;
    statement.subject = fact_id(person);
    statement.property = mapped->second.property.id;
    statement.value.type = ValueType::entity;
    statement.value.text = fact_id(held);
    statement.valid_from = date_of(binding(row, vars.start));
    const JsonValue* end = binding(row, vars.end);
    statement.valid_to = date_of(end);
    if (end != nullptr && !statement.valid_to) {
      records.skip("its end date is unknown or vaguer than a year");
      continue;
    }
    if (statement.valid_from && statement.valid_to &&
        statement.valid_from->first_day() >= statement.valid_to->first_day()) {
      records.skip("its end date is not after its start date");
      continue;
    }
    std::string id(
        member_text(binding(row, vars.statement) ? *binding(row, vars.statement) : row, "value"));
    id.erase(0, id.rfind('/') == std::string::npos ? 0 : id.rfind('/') + 1);
    statement.id =
        !id.empty() ? fact_id(id)
                    : fmt::format("wikidata-{}-{}-{}-{}", statement.subject, fact_id(vars.property),
                                  statement.value.text,
                                  statement.valid_from ? statement.valid_from->iso() : "undated");
    Entity holder{statement.subject, EntityKind::person, {}, {}};
    add_label(binding(row, vars.person_label), holder);
    const Source source =
        item_source(person, holder.names.empty() ? "" : holder.names.begin()->second.front(),
                    records.retrieved);
    records.add_source(source, origin);
    statement.sources.push_back(source.id);
    records.add_entity(std::move(holder), true, origin);
    Entity position{statement.value.text, EntityKind::other, {}, {}};
    add_label(binding(row, vars.office_label), position);
    if (mapped->second.value_kind)
      records.kind_by_use.emplace(position.id, *mapped->second.value_kind);
    records.add_entity(std::move(position), false, origin);
    records.add_statement(std::move(statement), origin);
  }
}

}  // namespace presscheck::facts
