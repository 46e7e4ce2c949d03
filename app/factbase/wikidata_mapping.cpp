#include "factbase/wikidata_mapping.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>
#include <algorithm>
#include <set>

#include "core/error.hpp"
#include "factbase/record_parser.hpp"
#include "factbase/toml_problems.hpp"

namespace presscheck::facts {
namespace {

std::string joined(const std::vector<std::string>& lines) {
  std::string all;
  for (const std::string& line : lines)
    all += (all.empty() ? "" : "\n") + line;
  return all;
}

bool is_wikidata_id(std::string_view id, char letter) {
  return id.size() >= 2 && id.front() == letter &&
         std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Every key of `table` must be one of `allowed`.
void check_keys(const toml::table& table, const std::set<std::string_view>& allowed,
                std::string_view where, TomlProblems& problems) {
  for (const auto& [key, node] : table) {
    if (!allowed.contains(key.str())) {
      std::string expected;
      for (std::string_view name : allowed)
        expected += (expected.empty() ? "" : ", ") + std::string(name);
      problems.add(key.source(),
                   fmt::format("unknown key `{}` in {} (expected {})", key.str(), where, expected));
    }
  }
}

std::string text_of(const toml::node& node, std::string_view key, TomlProblems& problems) {
  if (const auto text = node.value<std::string>())
    return *text;
  problems.add(node.source(), fmt::format("`{}` must be a string", key));
  return {};
}

// A Wikidata property id such as "P580", or an empty string when the key is absent.
std::string property_id(const toml::table& table, std::string_view key, TomlProblems& problems) {
  const toml::node* node = table.get(key);
  if (node == nullptr)
    return {};
  std::string id = text_of(*node, key, problems);
  if (!id.empty() && !is_wikidata_id(id, 'P'))
    problems.add(node->source(), fmt::format("`{}` must be a Wikidata property id (P580)", key));
  return id;
}

std::vector<std::string> names_of(const toml::node& node, std::string_view key,
                                  TomlProblems& problems) {
  std::vector<std::string> names;
  const auto* list = node.as_array();
  if (list == nullptr) {
    problems.add(node.source(), fmt::format("`{}` must be a list of strings", key));
    return names;
  }
  for (const toml::node& item : *list)
    names.push_back(text_of(item, key, problems));
  return names;
}

void read_dates(const toml::table& table, WikidataMapping& mapping, TomlProblems& problems) {
  check_keys(table, {"valid_from", "valid_to", "point_in_time"}, "[dates]", problems);
  mapping.valid_from = property_id(table, "valid_from", problems);
  mapping.valid_to = property_id(table, "valid_to", problems);
  mapping.point_in_time = property_id(table, "point_in_time", problems);
}

void read_references(const toml::table& table, WikidataMapping& mapping, TomlProblems& problems) {
  check_keys(table, {"url", "stated_in", "retrieved"}, "[references]", problems);
  mapping.reference_url = property_id(table, "url", problems);
  mapping.stated_in = property_id(table, "stated_in", problems);
  mapping.retrieved = property_id(table, "retrieved", problems);
}

void read_classes(const toml::table& table, WikidataMapping& mapping, TomlProblems& problems) {
  for (const auto& [key, node] : table) {
    if (!is_wikidata_id(key.str(), 'Q'))
      problems.add(key.source(), fmt::format("`{}` is not a Wikidata item id (Q5)", key.str()));
    const auto kind = parse_entity_kind(text_of(node, key.str(), problems));
    if (!kind) {
      problems.add(node.source(),
                   "the kind must be one of person, organization, office, place, "
                   "event, product, law, other");
      continue;
    }
    mapping.classes[std::string(key.str())] = *kind;
  }
}

void read_units(const toml::table& table, WikidataMapping& mapping, TomlProblems& problems) {
  for (const auto& [key, node] : table) {
    if (!is_wikidata_id(key.str(), 'Q'))
      problems.add(key.source(), fmt::format("`{}` is not a Wikidata item id (Q4916)", key.str()));
    mapping.units[std::string(key.str())] = text_of(node, key.str(), problems);
  }
}

Words read_labels(const toml::node& node, TomlProblems& problems) {
  Words labels;
  const auto* table = node.as_table();
  if (table == nullptr) {
    problems.add(node.source(), "`labels` must be a table: { fr = [...], en = [...] }");
    return labels;
  }
  check_keys(*table, {"fr", "en"}, "labels", problems);
  for (const auto& [lang, words] : *table) {
    const Lang which = lang.str() == "en" ? Lang::en : Lang::fr;
    labels[which] = names_of(words, lang.str(), problems);
  }
  return labels;
}

MappedProperty read_property(std::string_view wikidata_id, const toml::table& table,
                             TomlProblems& problems) {
  check_keys(table, {"id", "value_type", "value_kind", "labels", "single_valued"},
             fmt::format("[properties.{}]", wikidata_id), problems);
  MappedProperty mapped;
  Property& property = mapped.property;
  if (const toml::node* id = table.get("id")) {
    property.id = text_of(*id, "id", problems);
    if (!is_valid_id(property.id))
      problems.add(id->source(), "`id` must be a fact base id: lowercase letters, digits, - _ .");
  } else {
    problems.add(table.source(), fmt::format("[properties.{}] needs an `id`", wikidata_id));
  }
  const toml::node* type = table.get("value_type");
  const auto value_type =
      type ? parse_value_type(text_of(*type, "value_type", problems)) : std::nullopt;
  if (!value_type) {
    problems.add(type ? type->source() : table.source(),
                 "`value_type` must be one of money, quantity, percent, date, entity, text");
  } else {
    property.value_type = *value_type;
  }
  if (const toml::node* kind = table.get("value_kind")) {
    mapped.value_kind = parse_entity_kind(text_of(*kind, "value_kind", problems));
    if (!mapped.value_kind)
      problems.add(kind->source(), "`value_kind` must be an entity kind (office, person…)");
    else if (property.value_type != ValueType::entity)
      problems.add(kind->source(), "only a property of value_type \"entity\" takes `value_kind`");
  }
  if (const toml::node* labels = table.get("labels"))
    property.labels = read_labels(*labels, problems);
  if (const toml::node* single = table.get("single_valued")) {
    if (const auto flag = single->value<bool>())
      property.single_valued = *flag;
    else
      problems.add(single->source(), "`single_valued` must be true or false");
  }
  return mapped;
}

void read_sparql(const toml::table& table, WikidataMapping& mapping, TomlProblems& problems) {
  SparqlVariables& vars = mapping.sparql;
  const std::vector<std::pair<std::string_view, std::vector<std::string>*>> lists = {
      {"person", &vars.person},
      {"office", &vars.office},
      {"start", &vars.start},
      {"end", &vars.end},
      {"statement", &vars.statement},
      {"person_label", &vars.person_label},
      {"office_label", &vars.office_label}};
  std::set<std::string_view> allowed = {"property"};
  for (const auto& [key, into] : lists) {
    allowed.insert(key);
    if (const toml::node* node = table.get(key))
      *into = names_of(*node, key, problems);
  }
  check_keys(table, allowed, "[sparql]", problems);
  vars.property = property_id(table, "property", problems);
}

}  // namespace

MappingError::MappingError(std::vector<std::string> errors)
    : UserError(joined(errors)), errors_(std::move(errors)) {}

WikidataMapping load_wikidata_mapping(const std::filesystem::path& path) {
  // Named references, not a structured binding: clang before 16 refuses a lambda that
  // captures a binding, and the fuzz build uses clang 14.
  ParsedToml parsed = parse_toml_file(path, "mapping file");
  TomlProblems& problems = parsed.problems;
  const toml::table& root = parsed.root;
  WikidataMapping mapping;
  check_keys(root,
             {"instance_of", "dates", "references", "classes", "units", "properties", "sparql"},
             "the mapping", problems);
  mapping.instance_of = property_id(root, "instance_of", problems);
  const auto table_at = [&](std::string_view key) -> const toml::table* {
    const toml::node* node = root.get(key);
    if (node != nullptr && !node->is_table())
      problems.add(node->source(), fmt::format("`{}` must be a table", key));
    return node != nullptr ? node->as_table() : nullptr;
  };
  if (const auto* table = table_at("dates"))
    read_dates(*table, mapping, problems);
  if (const auto* table = table_at("references"))
    read_references(*table, mapping, problems);
  if (const auto* table = table_at("classes"))
    read_classes(*table, mapping, problems);
  if (const auto* table = table_at("units"))
    read_units(*table, mapping, problems);
  if (const auto* table = table_at("sparql"))
    read_sparql(*table, mapping, problems);
  if (const auto* table = table_at("properties")) {
    for (const auto& [key, node] : *table) {
      if (!is_wikidata_id(key.str(), 'P'))
        problems.add(key.source(),
                     fmt::format("`{}` is not a Wikidata property id (P39)", key.str()));
      if (const auto* property = node.as_table())
        mapping.properties[std::string(key.str())] = read_property(key.str(), *property, problems);
      else
        problems.add(node.source(), fmt::format("[properties.{}] must be a table", key.str()));
    }
  }
  if (mapping.properties.empty())
    problems.add(root.source(), "the mapping names no property: add a [properties.P39] table");
  problems.throw_if_any();
  return mapping;
}

}  // namespace presscheck::facts
