#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "factbase/model.hpp"

namespace presscheck::facts {

/// What one Wikidata property becomes in the fact base (P39, position held, -> our id).
struct MappedProperty {
  Property property;  // the record the import adds when the base does not hold it yet
  /// The kind an entity pointed at by this property takes when its own classes say nothing:
  /// whatever P39 points at is an office.
  std::optional<EntityKind> value_kind;
};

/// The SPARQL variables an office-holder query result is read from; each lists the names
/// accepted, first match wins.
struct SparqlVariables {
  std::vector<std::string> person, office, start, end, statement, person_label, office_label;
  std::string property;  // the Wikidata property every row stands for ("P39")
};

/// Which Wikidata statements become facts, and how: a TOML file, data rather than code.
struct WikidataMapping {
  std::map<std::string, MappedProperty> properties;  // by Wikidata property id
  std::string valid_from, valid_to, point_in_time;   // the qualifiers giving the period
  std::string reference_url, stated_in, retrieved;   // the reference properties read
  std::string instance_of;                           // the property giving an item's classes
  std::map<std::string, EntityKind> classes;         // class item -> kind
  std::map<std::string, std::string> units;          // unit item -> currency or unit code
  SparqlVariables sparql;
};

/// The problems of a mapping file, each `file:line:col: error: …` followed by the line.
class MappingError : public UserError {
 public:
  explicit MappingError(std::vector<std::string> errors);
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::vector<std::string> errors_;
};

/// Reads a mapping file strictly: every problem (unknown key, wrong type, unknown kind) is
/// reported as `file:line:col: error: …` with the line; all are thrown as one MappingError.
WikidataMapping load_wikidata_mapping(const std::filesystem::path& path);

}  // namespace presscheck::facts
