#include "factbase/validator.hpp"

#include "factbase/claim_record.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <climits>
#include <map>
#include <unordered_map>

namespace presscheck::facts {
namespace {

template <typename Record>
std::unordered_map<std::string_view, const Located<Record>*> index_by_id(
    const std::vector<Located<Record>>& records, std::string_view type,
    std::vector<Problem>& problems) {
  std::unordered_map<std::string_view, const Located<Record>*> index;
  index.reserve(records.size());
  for (const auto& located : records) {
    const auto [it, inserted] = index.emplace(located.record.id, &located);
    if (!inserted) {
      problems.push_back(
          {located.origin, fmt::format("duplicate {} id \"{}\" (first defined at {})", type,
                                       located.record.id, format_origin(it->second->origin))});
    }
  }
  return index;
}

struct Indexes {
  std::unordered_map<std::string_view, const Located<Source>*> sources;
  std::unordered_map<std::string_view, const Located<Entity>*> entities;
  std::unordered_map<std::string_view, const Located<Property>*> properties;
};

void check_entity(const Indexes& indexes, const std::string& id, std::string_view field,
                  const Origin& origin, std::vector<Problem>& problems) {
  if (!id.empty() && !indexes.entities.contains(id)) {
    problems.push_back({origin, fmt::format("unknown entity \"{}\" in \"{}\"", id, field)});
  }
}

void check_sources(const Indexes& indexes, const std::vector<std::string>& sources,
                   const Origin& origin, std::vector<Problem>& problems) {
  for (const std::string& id : sources) {
    if (!indexes.sources.contains(id)) {
      problems.push_back({origin, fmt::format("unknown source \"{}\" in \"sources\"", id)});
    }
  }
}

// A statement of the base (`stored`) had its references checked when it was written: only
// its value's type is checked again, as an import may change what its property accepts.
void check_statement(const Indexes& indexes, const Located<Statement>& located,
                     std::vector<Problem>& problems) {
  const Statement& statement = located.record;
  const Origin& origin = located.origin;
  const auto property = indexes.properties.find(statement.property);
  if (!located.stored) {
    check_entity(indexes, statement.subject, "subject", origin, problems);
    if (!statement.property.empty() && property == indexes.properties.end()) {
      problems.push_back(
          {origin, fmt::format("unknown property \"{}\" in \"property\"", statement.property)});
    }
  }
  if (property != indexes.properties.end() && located.clean) {
    const ValueType expected = property->second->record.value_type;
    if (statement.value.type != expected) {
      problems.push_back({origin, fmt::format("\"value\" must be {} for property \"{}\", not {}",
                                              value_type_name(expected), statement.property,
                                              value_type_name(statement.value.type))});
    }
  }
  if (located.stored)
    return;
  if (statement.value.type == ValueType::entity) {
    check_entity(indexes, statement.value.text, "value", origin, problems);
  }
  for (const auto& [key, value] : statement.qualifiers) {
    if (value.type == ValueType::entity) {
      check_entity(indexes, value.text, fmt::format("qualifiers.{}", key), origin, problems);
    }
  }
  check_sources(indexes, statement.sources, origin, problems);
}

// Statements of a single-valued property must not hold at the same time for one subject.
// Records with problems of their own (such as a period ending before it starts) are left out.
// Sorting each group by start day lets one pass find every statement that starts before an
// earlier one has ended.
void check_overlaps(const FactSet& set, const Indexes& indexes, std::vector<Problem>& problems) {
  std::map<std::pair<std::string_view, std::string_view>, std::vector<const Located<Statement>*>>
      groups;
  for (const auto& located : set.statements) {
    const Statement& statement = located.record;
    if (!located.clean || statement.rank == Rank::deprecated || statement.point_in_time)
      continue;
    const auto property = indexes.properties.find(statement.property);
    if (property == indexes.properties.end() || !property->second->record.single_valued)
      continue;
    groups[{statement.subject, statement.property}].push_back(&located);
  }
  auto start = [](const Statement& s) {
    return s.valid_from ? s.valid_from->first_day() : INT_MIN;
  };
  auto end = [](const Statement& s) { return s.valid_to ? s.valid_to->first_day() : INT_MAX; };
  for (auto& [key, group] : groups) {
    std::stable_sort(group.begin(), group.end(), [&](const auto* a, const auto* b) {
      return start(a->record) < start(b->record);
    });
    const Located<Statement>* latest = nullptr;  // the one ending last so far
    for (const auto* located : group) {
      if (latest != nullptr && start(located->record) < end(latest->record)) {
        problems.push_back(
            {located->origin,
             fmt::format("statement \"{}\" overlaps \"{}\" ({}) for subject \"{}\", but "
                         "property \"{}\" is single-valued (end the older period or deprecate "
                         "the older statement)",
                         located->record.id, latest->record.id, format_origin(latest->origin),
                         key.first, key.second)});
      }
      if (latest == nullptr || end(located->record) > end(latest->record))
        latest = located;
    }
  }
}

// Each name, alias or label over kMaxNameBytes, reported with the field that holds it.
void check_lengths(const Words& words, std::string_view field, const Origin& origin,
                   std::vector<Problem>& problems) {
  for (const auto& [lang, list] : words) {
    for (const std::string& name : list) {
      if (name.size() > kMaxNameBytes) {
        problems.push_back(
            {origin, fmt::format("\"{}.{}\" holds a name of {} bytes (at most {})", field,
                                 lang_code(lang), name.size(), kMaxNameBytes)});
      }
    }
  }
}

}  // namespace

void validate_references(const FactSet& set, std::vector<Problem>& problems) {
  Indexes indexes;
  indexes.sources = index_by_id(set.sources, "source", problems);
  indexes.entities = index_by_id(set.entities, "entity", problems);
  indexes.properties = index_by_id(set.properties, "property", problems);
  index_by_id(set.statements, "statement", problems);
  index_by_id(set.quotes, "quote", problems);
  index_by_id(set.claims, "claim review", problems);
  check_claim_reviews(set.claims, problems);
  for (const auto& located : set.statements)
    check_statement(indexes, located, problems);
  for (const auto& located : set.quotes) {
    if (located.stored)
      continue;
    check_entity(indexes, located.record.speaker, "speaker", located.origin, problems);
    check_entity(indexes, located.record.about, "about", located.origin, problems);
    check_sources(indexes, located.record.sources, located.origin, problems);
  }
  check_overlaps(set, indexes, problems);
  for (const auto& located : set.entities) {
    check_lengths(located.record.names, "names", located.origin, problems);
    check_lengths(located.record.aliases, "aliases", located.origin, problems);
  }
  for (const auto& located : set.properties)
    check_lengths(located.record.labels, "labels", located.origin, problems);
}

}  // namespace presscheck::facts
