#include "factbase/import_context.hpp"

#include <map>
#include <set>
#include <unordered_map>
#include <utility>

namespace presscheck::facts {
namespace {

// Collects the base's records an import needs, each looked up once by id.
class Gatherer {
 public:
  Gatherer(StoredRecords& stored, const FactSet& imported) : stored_(stored) {
    for (const auto& located : imported.entities)
      imported_entities_.insert(located.record.id);
    for (const auto& located : imported.sources)
      imported_sources_.insert(located.record.id);
    for (const auto& located : imported.properties)
      imported_properties_.try_emplace(located.record.id, &located.record);
  }

  void gather(const FactSet& imported) {
    for (const auto& located : imported.entities)
      replaces_searchable_ = replaces_searchable_ || stored_.entity_kind(located.record.id);
    for (const auto& located : imported.quotes)
      replaces_searchable_ = replaces_searchable_ || stored_.has_quote(located.record.id);
    for (const auto& [id, property] : imported_properties_)
      gather_replaced(*property);
    std::set<std::pair<std::string, std::string>> groups;
    for (const auto& located : imported.statements) {
      const Statement& statement = located.record;
      gather_references(statement);
      const Property* property = effective_property(statement.property);
      if (property == nullptr || !property->single_valued)
        continue;
      groups.emplace(statement.subject, statement.property);
      // Only overlaps depend on where a statement stands among the others: the one it
      // replaces keeps its place there, as when the whole base was read.
      if (auto replaced = stored_.statement(statement.id))
        statements_.try_emplace(statement.id, std::move(*replaced));
    }
    for (const auto& [subject, property] : groups)
      add(stored_.statements_of(subject, property));
    for (const auto& located : imported.quotes) {
      need_entity(located.record.speaker);
      need_entity(located.record.about);
      for (const std::string& source : located.record.sources)
        need_source(source);
    }
  }

  bool replaces_searchable() const { return replaces_searchable_; }

  FactSet context(const std::string& base_name) {
    const Origin origin{base_name, 0};
    FactSet set;
    for (auto& [id, record] : sources_)
      set.sources.push_back({std::move(record), origin, true, true});
    for (auto& [id, record] : entities_)
      set.entities.push_back({std::move(record), origin, true, true});
    for (auto& [id, record] : properties_)
      set.properties.push_back({std::move(record), origin, true, true});
    for (auto& [id, record] : statements_)
      set.statements.push_back({std::move(record), origin, true, true});
    return set;
  }

 private:
  // A property the import replaces: when it changes the type of its values or becomes
  // single-valued, each of its statements in the base may now be wrong.
  void gather_replaced(const Property& imported) {
    const auto stored = stored_.property(imported.id);
    if (!stored)
      return;
    replaces_searchable_ = true;
    const bool changes = stored->value_type != imported.value_type ||
                         (imported.single_valued && !stored->single_valued);
    properties_.try_emplace(imported.id, *stored);
    if (changes)
      add(stored_.statements_with_property(imported.id));
  }

  void gather_references(const Statement& statement) {
    need_entity(statement.subject);
    if (statement.value.type == ValueType::entity)
      need_entity(statement.value.text);
    for (const auto& [key, value] : statement.qualifiers) {
      if (value.type == ValueType::entity)
        need_entity(value.text);
    }
    for (const std::string& source : statement.sources)
      need_source(source);
  }

  // The property a statement is checked against: the import's first one with that id, as
  // the validator takes the first of duplicates, else the base's.
  const Property* effective_property(const std::string& id) {
    if (const auto it = imported_properties_.find(id); it != imported_properties_.end())
      return it->second;
    if (const auto it = properties_.find(id); it != properties_.end())
      return &it->second;
    if (id.empty() || !missing_properties_.insert(id).second)
      return nullptr;
    auto stored = stored_.property(id);
    if (!stored)
      return nullptr;
    return &properties_.emplace(id, std::move(*stored)).first->second;
  }

  void need_entity(const std::string& id) {
    if (id.empty() || imported_entities_.contains(id) || !looked_up_entities_.insert(id).second)
      return;
    if (const auto kind = stored_.entity_kind(id))
      entities_.emplace(id, Entity{id, *kind, {}, {}});
  }

  void need_source(const std::string& id) {
    if (id.empty() || imported_sources_.contains(id) || !looked_up_sources_.insert(id).second)
      return;
    if (stored_.has_source(id))
      sources_.emplace(id, Source{id, {}, {}, {}, {}, {}});
  }

  void add(std::vector<Statement> statements) {
    for (Statement& statement : statements)
      statements_.try_emplace(statement.id, std::move(statement));
  }

  StoredRecords& stored_;
  std::set<std::string> imported_entities_;
  std::set<std::string> imported_sources_;
  std::map<std::string, const Property*> imported_properties_;
  std::set<std::string> looked_up_entities_;
  std::set<std::string> looked_up_sources_;
  std::set<std::string> missing_properties_;
  // Kept by id, so that they come out in the base's own order.
  std::map<std::string, Source> sources_;
  std::map<std::string, Entity> entities_;
  std::map<std::string, Property> properties_;
  std::map<std::string, Statement> statements_;
  bool replaces_searchable_ = false;
};

// Imported records take the place of the base's records with the same id; the first of two
// imported records with one id does, the second is kept so that validation reports it.
template <typename Record>
void merge(std::vector<Located<Record>>& base, std::vector<Located<Record>>& imported) {
  if (base.empty()) {
    // The usual case of a large import: nothing of the base to interleave, and no second
    // array of a million records to move them into.
    base = std::move(imported);
    return;
  }
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < base.size(); ++i)
    index.emplace(base[i].record.id, i);
  base.reserve(base.size() + imported.size());
  for (auto& located : imported) {
    const auto it = index.find(located.record.id);
    if (it != index.end() && base[it->second].stored) {
      base[it->second] = std::move(located);
    } else {
      base.push_back(std::move(located));
    }
  }
  imported.clear();
  imported.shrink_to_fit();
}

template <typename Record>
void keep_imported(std::vector<Located<Record>>& records) {
  std::erase_if(records, [](const Located<Record>& located) { return located.stored; });
}

}  // namespace

ImportCheck gather_import_check(StoredRecords& stored, FactSet imported,
                                const std::string& base_name) {
  Gatherer gatherer(stored, imported);
  gatherer.gather(imported);
  ImportCheck check{gatherer.context(base_name), gatherer.replaces_searchable()};
  merge(check.records.sources, imported.sources);
  merge(check.records.entities, imported.entities);
  merge(check.records.properties, imported.properties);
  merge(check.records.statements, imported.statements);
  merge(check.records.quotes, imported.quotes);
  // Claim reviews point at no other record: they are checked among themselves.
  merge(check.records.claims, imported.claims);
  return check;
}

FactSet imported_part(FactSet records) {
  keep_imported(records.sources);
  keep_imported(records.entities);
  keep_imported(records.properties);
  keep_imported(records.statements);
  keep_imported(records.quotes);
  keep_imported(records.claims);
  return records;
}

}  // namespace presscheck::facts
