#include "lint/config_listing.hpp"

#include <fmt/format.h>
#include <filesystem>

#include "checks/registry.hpp"
#include "config/config_resolver.hpp"
#include "core/error.hpp"
#include "lint/lint_text.hpp"

namespace presscheck {
namespace {

// A TOML basic string, so that the listing reads as a configuration file.
std::string toml_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::vector<std::string> parts;
  for (const std::string& item : items)
    parts.push_back(toml_string(item));
  return fmt::format("[{}]", fmt::join(parts, ", "));
}

/// Lines of `key = value` with the origin of each as a comment, aligned.
class Listing {
 public:
  void add(std::string assignment, const Origin& origin) {
    rows_.push_back({std::move(assignment), origin.describe()});
  }
  void heading(std::string text) { rows_.push_back({std::move(text), {}}); }

  std::string str() const {
    std::size_t width = 0;
    for (const Row& row : rows_) {
      if (!row.origin.empty())
        width = std::max(width, row.text.size());
    }
    std::string out;
    for (const Row& row : rows_) {
      if (row.origin.empty()) {
        out += row.text + "\n";
      } else {
        out += fmt::format("{:<{}}  # {}\n", row.text, width, row.origin);
      }
    }
    return out;
  }

 private:
  struct Row {
    std::string text;
    std::string origin;
  };
  std::vector<Row> rows_;
};

std::string describe(const Config& config, const std::string& path) {
  Listing listing;
  listing.heading(fmt::format("# effective configuration for {}", path));
  listing.heading(config.file.empty() ? "# no .presscheck.toml applies: built-in defaults"
                                      : fmt::format("# from {}", config.file));
  listing.add(fmt::format("fail_level = {}", toml_string(severity_name(config.fail_level.value))),
              config.fail_level.origin);
  listing.add(config.lang.value
                  ? fmt::format("lang = {}", toml_string(lang_code(*config.lang.value)))
                  : "# lang: detected from each draft",
              config.lang.origin);
  listing.add(fmt::format("facts = {}", quoted_list(config.fact_bases.value)),
              config.fact_bases.origin);
  listing.add(fmt::format("include = {}", quoted_list(config.include.value)),
              config.include.origin);
  listing.add(fmt::format("exclude = {}", quoted_list(config.exclude.value)),
              config.exclude.origin);
  listing.heading("");
  listing.heading("[front_matter]");
  listing.add(fmt::format("headline = {}", quoted_list(config.headline_keys.value)),
              config.headline_keys.origin);
  listing.add(fmt::format("standfirst = {}", quoted_list(config.standfirst_keys.value)),
              config.standfirst_keys.origin);
  listing.add(fmt::format("date = {}", quoted_list(config.date_keys.value)),
              config.date_keys.origin);
  listing.add(fmt::format("lang = {}", quoted_list(config.lang_keys.value)),
              config.lang_keys.origin);
  listing.heading("");
  listing.heading("[rules]");
  for (const RuleInfo& info : all_rule_infos()) {
    const auto found = config.rules.find(info.id);
    const auto severity = config.severity_for(info.id, info.severity);
    const std::string level = severity ? std::string(severity_name(*severity)) : "off";
    listing.add(fmt::format("{} = {}", toml_string(info.id), toml_string(level)),
                found == config.rules.end() ? Origin{} : found->second.origin);
  }
  return listing.str();
}

}  // namespace

std::string config_listing(const std::string& path, const std::string& config_file) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    throw UserError(fmt::format("{}: no such file or folder", path));
  }
  std::optional<std::filesystem::path> explicit_file;
  if (!config_file.empty())
    explicit_file = config_file;
  ConfigResolver configs(explicit_file, is_known_rule);
  // A folder stands for the drafts directly inside it.
  const bool folder = std::filesystem::is_directory(path, error);
  const auto config = configs.for_path(folder ? path + "/." : path);
  return describe(*config, path);
}

}  // namespace presscheck
