#pragma once

#include <toml++/toml.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace presscheck::facts {

/// The problems of one TOML data file of the fact base (the Wikidata mapping, the claim
/// ratings), each as `file:line:column: error: message` with the line it points at.
class TomlProblems {
 public:
  TomlProblems(std::string file, const std::string& text);

  void add(const toml::source_region& where, std::string_view message);
  /// Throws MappingError with every problem, in the order of the file (TOML tables are
  /// walked by key, not by line); does nothing when there is none.
  void throw_if_any();

 private:
  using Position = std::pair<std::size_t, std::size_t>;  // line, column

  std::string file_;
  std::vector<std::string> lines_;
  std::vector<std::pair<Position, std::string>> errors_;
};

/// A TOML data file of the fact base, read and parsed, with the problem list its reader
/// adds to while walking it.
struct ParsedToml {
  TomlProblems problems;
  toml::table root;
};

/// Reads and parses `path`. Throws UserError when the file cannot be read ("cannot read
/// the WHAT") and MappingError with file:line:column when it is not valid TOML.
ParsedToml parse_toml_file(const std::filesystem::path& path, std::string_view what);

}  // namespace presscheck::facts
