#include "config/config.hpp"

#include <fmt/format.h>

#include "config/glob.hpp"

namespace presscheck {
namespace {

// Draft extensions a folder walk picks up when the configuration has no `include`.
constexpr std::string_view kDraftExtensions[] = {".md", ".markdown", ".txt", ".html", ".htm"};

bool any_matches(const std::vector<std::string>& patterns, std::string_view path) {
  for (const std::string& pattern : patterns) {
    if (glob_matches(pattern, path))
      return true;
  }
  return false;
}

}  // namespace

std::string Origin::describe() const {
  if (file.empty())
    return "default";
  if (line == 0)
    return file;
  return fmt::format("{}:{}", file, line);
}

std::optional<Severity> Config::severity_for(std::string_view rule,
                                             Severity default_severity) const {
  const auto found = rules.find(rule);
  if (found == rules.end())
    return default_severity;
  return found->second.severity;
}

FrontMatterKeys Config::front_matter_keys() const {
  return {headline_keys.value, standfirst_keys.value, date_keys.value, lang_keys.value};
}

bool Config::excludes(const std::filesystem::path& file) const {
  if (exclude.value.empty())
    return false;
  // A pattern naming a folder excludes everything under it, as in .gitignore.
  std::filesystem::path prefix;
  for (const auto& part : file.lexically_relative(base_dir)) {
    prefix /= part;
    if (any_matches(exclude.value, prefix.generic_string()))
      return true;
  }
  return false;
}

bool Config::selects(const std::filesystem::path& file) const {
  if (excludes(file))
    return false;
  if (include.value.empty()) {
    const std::string extension = file.extension().string();
    for (const std::string_view draft : kDraftExtensions) {
      if (extension == draft)
        return true;
    }
    return false;
  }
  return any_matches(include.value, file.lexically_relative(base_dir).generic_string());
}

}  // namespace presscheck
