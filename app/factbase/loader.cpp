#include "factbase/loader.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "core/json_reader.hpp"
#include "factbase/line_reader.hpp"
#include "factbase/record_parser.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw UserError(fmt::format("{}: cannot read the file", path));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

// FNV-1a, 64 bits: a cache key, not a defence against forged collisions.
constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

void hash_bytes(std::uint64_t& hash, std::string_view bytes) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
}

}  // namespace

std::vector<std::string> collect_fact_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> found;
      for (const auto& entry : fs::recursive_directory_iterator(path, error)) {
        if (entry.is_regular_file() && entry.path().extension() == ".jsonl") {
          found.push_back(entry.path().string());
        }
      }
      if (found.empty())
        throw UserError(fmt::format("{}: no .jsonl file in this folder", path));
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(path, error)) {
      files.push_back(path);
    } else {
      throw UserError(fmt::format("{}: no such file or folder", path));
    }
  }
  return files;
}

namespace {

// Reads one line of a fact file (its end-of-line characters already removed).
void load_line(std::string_view line, const Origin& origin, FactSet& set,
               std::vector<Problem>& problems) {
  if (!line.empty() && line.back() == '\r')
    line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos)
    return;
  try {
    parse_record(parse_json(line), origin, set, problems);
  } catch (const JsonSyntaxError& error) {
    problems.push_back(
        {origin, fmt::format("invalid JSON at column {}: {}", error.column(), error.what())});
  }
}

}  // namespace

void load_fact_text(std::string_view text, const std::string& name, FactSet& set,
                    std::vector<Problem>& problems) {
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos)
      end = text.size();
    load_line(text.substr(start, end - start), {name, ++line_number}, set, problems);
    start = end + 1;
  }
}

// Files are read a line at a time: an import of millions of records holds the records, not
// also the text they were read from.
FactSet load_fact_files(const std::vector<std::string>& files, std::vector<Problem>& problems) {
  FactSet set;
  std::string line;
  for (const std::string& file : files) {
    LineReader reader(file);
    while (reader.next(line))
      load_line(line, {file, reader.line_number()}, set, problems);
  }
  return set;
}

std::uint64_t hash_fact_files(const std::vector<std::string>& files) {
  std::uint64_t hash = kFnvOffset;
  for (const std::string& file : files) {
    const std::string content = read_file(file);
    // The length keeps file boundaries in the hash: "ab"+"c" and "a"+"bc" differ.
    hash_bytes(hash, fmt::format("{}\n", content.size()));
    hash_bytes(hash, content);
  }
  return hash;
}

}  // namespace presscheck::facts
