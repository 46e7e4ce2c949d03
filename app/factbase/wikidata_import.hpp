#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "factbase/fact_set.hpp"

namespace presscheck::facts {

/// What `facts import-wikidata` did, for its summary.
struct WikidataImport {
  std::vector<Problem> problems;  // when there are any, nothing was written
  std::size_t entities_read = 0;  // items read in the files
  std::size_t entities = 0;       // entity records written
  std::size_t statements = 0;     // statement records written
  std::size_t sources = 0;        // source records written
  std::size_t properties = 0;     // mapped properties the base lacked, added for use
  /// Items left out: no mapped class and nothing pointing at them, or no French or English
  /// name while the base does not know them either.
  std::size_t entities_left_out = 0;
  std::map<std::string, std::size_t> skipped;  // statements left out, by reason
};

/// How to read the files of one import.
struct WikidataOptions {
  std::filesystem::path mapping_file;  // what to take and how (see wikidata-mapping.toml)
  std::string office;                  // the office (Q-id) of SPARQL rows that name none
  /// When the files were fetched: the retrieval date of sources of items that give no
  /// modification date (SPARQL results, dump lines), so that an open term is not vouched
  /// for beyond it.
  std::optional<Date> retrieved;
};

/// Imports Wikidata files into an existing fact base, all or nothing: entity JSON (an API
/// response {"entities":…}, one bare entity, or a dump with one entity per line, also
/// .gz or .bz2, read line by line) and SPARQL JSON results of office-holder queries, read
/// as the mapping says. Statements keep their Wikidata ids, so importing the same data
/// again changes nothing and a newer revision replaces the older statements.
WikidataImport import_wikidata(const std::filesystem::path& db,
                               const std::vector<std::string>& files,
                               const WikidataOptions& options);

}  // namespace presscheck::facts
