#include "config/config.hpp"

#include <fmt/format.h>
#include <iterator>

namespace presscheck {
namespace {

// Draft extensions a folder walk picks up when the configuration has no `include`.
constexpr std::string_view kDraftExtensions[] = {".md", ".markdown", ".txt", ".html", ".htm"};

bool any_matches(const std::vector<Glob>& globs, std::string_view path, bool is_folder) {
  for (const Glob& glob : globs) {
    if (glob.matches(path, is_folder))
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
  if (exclude_globs.empty())
    return false;
  // A pattern naming a folder excludes everything under it, as in .gitignore.
  const std::filesystem::path relative = file.lexically_relative(base_dir);
  std::filesystem::path prefix;
  for (auto part = relative.begin(); part != relative.end(); ++part) {
    prefix /= *part;
    const bool is_folder = std::next(part) != relative.end();
    if (any_matches(exclude_globs, prefix.generic_string(), is_folder))
      return true;
  }
  return false;
}

bool Config::includes(const std::filesystem::path& file) const {
  if (include_globs.empty()) {
    const std::string extension = file.extension().string();
    for (const std::string_view draft : kDraftExtensions) {
      if (extension == draft)
        return true;
    }
    return false;
  }
  return any_matches(include_globs, file.lexically_relative(base_dir).generic_string(), false);
}

bool Config::selects(const std::filesystem::path& file) const {
  return !excludes(file) && includes(file);
}

}  // namespace presscheck
