#include "factbase/wikidata_import.hpp"

#include <fmt/format.h>
#include <set>

#include "core/error.hpp"
#include "core/json_reader.hpp"
#include "factbase/line_reader.hpp"
#include "factbase/operations.hpp"
#include "factbase/stored_records.hpp"
#include "factbase/wikidata_entity.hpp"
#include "factbase/wikidata_sparql.hpp"

namespace presscheck::facts {
namespace {

/// Reads Wikidata files into records; every unreadable part is a problem with its place.
class FileReader {
 public:
  FileReader(const WikidataMapping& mapping, std::string_view office, WikidataRecords& records,
             std::vector<Problem>& problems)
      : mapping_(mapping), office_(office), records_(records), problems_(problems) {}

  void read(const std::string& path) {
    LineReader reader(path);
    std::string line;
    while (reader.next(line) && trimmed(line).empty()) {
    }
    const std::string_view first = trimmed(line);
    if (first == "[") {
      read_lines(reader, path, line);
      return;
    }
    // A file whose first line is a whole entity holds one entity per line, like a dump
    // without its brackets; anything else is one JSON document.
    if (first.starts_with('{') && first.ends_with('}')) {
      try {
        const JsonValue json = parse_json(first);
        if (json.find("id") != nullptr && json.find("type") != nullptr) {
          read_wikidata_entity(json, mapping_, {path, reader.line_number()}, records_);
          read_lines(reader, path, line);
          return;
        }
      } catch (const JsonSyntaxError&) {
        // Not a line of its own: read as a document below.
      }
    }
    const std::size_t first_line = reader.line_number();
    read_document(line + "\n" + reader.rest(), path, first_line);
  }

 private:
  static std::string_view trimmed(std::string_view text) {
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos)
      return {};
    return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
  }

  // One entity per line, each but the last followed by a comma, up to a "]" line.
  void read_lines(LineReader& reader, const std::string& path, std::string& line) {
    while (reader.next(line)) {
      std::string_view entity = trimmed(line);
      if (entity == "]")
        break;
      if (entity.ends_with(','))
        entity.remove_suffix(1);
      if (entity.empty())
        continue;
      const Origin origin{path, reader.line_number()};
      try {
        read_wikidata_entity(parse_json(entity), mapping_, origin, records_);
      } catch (const JsonSyntaxError& error) {
        problems_.push_back(
            {origin, fmt::format("invalid JSON at column {}: {}", error.column(), error.what())});
      }
    }
  }

  void read_document(const std::string& text, const std::string& path, std::size_t first_line) {
    JsonValue json;
    try {
      json = parse_json(text);
    } catch (const JsonSyntaxError& error) {
      problems_.push_back(
          {{path, first_line + error.line() - 1},
           fmt::format("invalid JSON at column {}: {}", error.column(), error.what())});
      return;
    }
    const Origin origin{path, first_line + json.line - 1};
    if (is_sparql_results(json)) {
      read_sparql_results(json, mapping_, office_, origin, records_);
    } else if (const JsonValue* entities = json.find("entities");
               entities != nullptr && entities->is_object()) {
      for (const auto& [id, entity] : entities->as_object())
        read_wikidata_entity(entity, mapping_, {path, first_line + entity.line - 1}, records_);
    } else if (json.find("id") != nullptr && json.find("type") != nullptr) {
      read_wikidata_entity(json, mapping_, origin, records_);
    } else {
      problems_.push_back({origin,
                           "neither Wikidata entity JSON ({\"entities\":…}, an entity, a dump) "
                           "nor SPARQL JSON results"});
    }
  }

  const WikidataMapping& mapping_;
  std::string_view office_;
  WikidataRecords& records_;
  std::vector<Problem>& problems_;
};

// Settles what the import writes once the base can be asked: entities take their kind from
// their classes, from what points at them or from the base, and keep the base's names when
// the files give none; statements about or pointing at an entity neither holds are left
// out, and so are sources nothing cites any more.
void settle(WikidataRecords& records, const WikidataMapping& mapping,
            const std::filesystem::path& mapping_file, StoredRecords& base, FactSet& imported,
            WikidataImport& report) {
  std::set<std::string> kept;
  std::vector<Located<Entity>> entities;
  for (auto& located : imported.entities) {
    Entity& entity = located.record;
    const std::optional<EntityKind> in_base = base.entity_kind(entity.id);
    if (records.kind_pending.contains(entity.id)) {
      if (const auto used = records.kind_by_use.find(entity.id); used != records.kind_by_use.end())
        entity.kind = used->second;
      else if (in_base)
        entity.kind = *in_base;
      else {
        ++report.entities_left_out;
        continue;
      }
    }
    if (entity.names.empty()) {
      if (!in_base)
        ++report.entities_left_out;
      else
        kept.insert(entity.id);  // the base's record stays as it is
      continue;
    }
    kept.insert(entity.id);
    entities.push_back(std::move(located));
  }
  imported.entities = std::move(entities);
  const auto holds = [&](const std::string& id) {
    return kept.contains(id) || base.entity_kind(id).has_value();
  };
  std::vector<Located<Statement>> statements;
  std::set<std::string> cited;
  std::set<std::string> used;
  for (auto& located : imported.statements) {
    const Statement& statement = located.record;
    if (!holds(statement.subject) ||
        (statement.value.type == ValueType::entity && !holds(statement.value.text))) {
      records.skip("its subject or value is neither in the files nor in the base");
      continue;
    }
    cited.insert(statement.sources.begin(), statement.sources.end());
    used.insert(statement.property);
    statements.push_back(std::move(located));
  }
  imported.statements = std::move(statements);
  std::erase_if(imported.sources, [&](const auto& s) { return !cited.contains(s.record.id); });
  std::set<std::string> properties;
  for (const auto& [wikidata_id, mapped] : mapping.properties) {
    if (used.contains(mapped.property.id) && !base.property(mapped.property.id) &&
        properties.insert(mapped.property.id).second)
      imported.properties.push_back({mapped.property, {mapping_file.string(), 1}});
  }
  report.entities = imported.entities.size();
  report.statements = imported.statements.size();
  report.sources = imported.sources.size();
  report.properties = imported.properties.size();
  report.skipped = records.skipped;
}

}  // namespace

WikidataImport import_wikidata(const std::filesystem::path& db,
                               const std::vector<std::string>& files,
                               const WikidataOptions& options) {
  const WikidataMapping mapping = load_wikidata_mapping(options.mapping_file);
  WikidataImport report;
  WikidataRecords records;
  records.retrieved = options.retrieved;
  std::vector<Problem> problems;
  FileReader reader(mapping, options.office, records, problems);
  for (const std::string& file : files)
    reader.read(file);
  report.entities_read = records.entities_read;
  FactSet imported = std::move(records.set);
  report.problems = import_records(
      db, std::move(imported), std::move(problems), [&](StoredRecords& base, FactSet& set) {
        settle(records, mapping, options.mapping_file, base, set, report);
      });
  return report;
}

}  // namespace presscheck::facts
