#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace presscheck::bench {

/// What the generator wrote, so that the benchmark can ask questions with real answers.
struct GeneratedFacts {
  std::vector<std::string> files;
  std::vector<std::string> names;     // one full name per entity, in entity order
  std::vector<std::string> words;     // words used in quotes
  std::vector<std::string> surnames;  // last names shared by many entities
  std::size_t statements = 0;
};

/// Writes a synthetic, valid fact base of about `statements` statements as JSON Lines in
/// `folder`: people with names and aliases in both languages, offices held over periods, a
/// single-valued employer with consecutive periods, yearly money figures, and quotes.
GeneratedFacts generate_facts(std::size_t statements, const std::filesystem::path& folder);

}  // namespace presscheck::bench
