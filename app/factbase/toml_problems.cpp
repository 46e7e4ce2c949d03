#include "factbase/toml_problems.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "factbase/wikidata_mapping.hpp"

namespace presscheck::facts {

TomlProblems::TomlProblems(std::string file, const std::string& text) : file_(std::move(file)) {
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);)
    lines_.push_back(line);
}

void TomlProblems::add(const toml::source_region& where, std::string_view message) {
  const auto line = static_cast<std::size_t>(where.begin.line);
  const auto column = static_cast<std::size_t>(where.begin.column);
  std::string text = fmt::format("{}:{}:{}: error: {}", file_, line, column, message);
  if (line >= 1 && line <= lines_.size())
    text += fmt::format("\n  {:>4} | {}", line, lines_[line - 1]);
  errors_.push_back({{line, column}, std::move(text)});
}

void TomlProblems::throw_if_any() {
  if (errors_.empty())
    return;
  std::stable_sort(errors_.begin(), errors_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> texts;
  for (auto& error : errors_)
    texts.push_back(std::move(error.second));
  throw MappingError(std::move(texts));
}

ParsedToml parse_toml_file(const std::filesystem::path& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw UserError(fmt::format("{}: cannot read the {}", path.string(), what));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = std::move(buffer).str();
  ParsedToml parsed{TomlProblems(path.string(), text), {}};
  try {
    parsed.root = toml::parse(text, path.string());
  } catch (const toml::parse_error& error) {
    parsed.problems.add(error.source(), error.description());
    parsed.problems.throw_if_any();
  }
  return parsed;
}

}  // namespace presscheck::facts
