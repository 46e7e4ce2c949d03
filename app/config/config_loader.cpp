#include <fmt/format.h>

#include <toml++/toml.h>
#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <tuple>

#include "config/config.hpp"
#include "core/error.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTopKeys =
    "fail_level, lang, facts, include, exclude, [rules], [front_matter]";
constexpr std::string_view kFrontMatterKeys = "headline, standfirst, date, lang";

/// Gathers every problem of one configuration file before giving up, so that one run
/// shows them all.
class Problems {
 public:
  explicit Problems(std::string file) : file_(std::move(file)) {}

  void add(const toml::source_region& where, std::string_view message) {
    found_.emplace_back(where.begin.line, where.begin.column, std::string(message));
  }

  // Tables iterate in key order, so the problems are put back in the file's order.
  void throw_if_any() {
    if (found_.empty())
      return;
    std::sort(found_.begin(), found_.end());
    std::string text;
    for (const auto& [line, column, message] : found_) {
      text += fmt::format("{}{}:{}:{}: {}", text.empty() ? "" : "\n", file_, line, column, message);
    }
    throw UserError(text);
  }

 private:
  std::string file_;
  std::vector<std::tuple<toml::source_index, toml::source_index, std::string>> found_;
};

class Loader {
 public:
  Loader(const fs::path& file, RuleIdCheck is_known_rule)
      : problems_(file.generic_string()), is_known_rule_(is_known_rule) {
    config_.file = file.generic_string();
    config_.base_dir = fs::absolute(file).lexically_normal().parent_path();
  }

  Config load(const toml::table& root) {
    for (const auto& [key, node] : root) {
      const std::string_view name = key.str();
      if (name == "fail_level") {
        if (auto severity = read_severity(node))
          set(config_.fail_level, *severity, node);
      } else if (name == "lang") {
        read_lang(node);
      } else if (name == "facts") {
        read_facts(node);
      } else if (name == "include") {
        read_globs(node, config_.include, config_.include_globs, "include");
      } else if (name == "exclude") {
        read_globs(node, config_.exclude, config_.exclude_globs, "exclude");
      } else if (name == "rules") {
        read_rules(node);
      } else if (name == "front_matter") {
        read_front_matter(node);
      } else {
        problems_.add(key.source(), fmt::format("unknown key `{}` (expected {})", name, kTopKeys));
      }
    }
    problems_.throw_if_any();
    return std::move(config_);
  }

 private:
  template <class T>
  void set(Setting<T>& setting, T value, const toml::node& node) {
    setting.value = std::move(value);
    setting.origin = {config_.file, node.source().begin.line};
  }

  std::optional<Severity> read_severity(const toml::node& node) {
    const auto text = node.value<std::string>();
    const auto severity = text ? parse_severity(*text) : std::nullopt;
    if (!severity) {
      problems_.add(node.source(), "`fail_level` must be \"error\", \"warning\" or \"info\"");
    }
    return severity;
  }

  void read_lang(const toml::node& node) {
    const auto text = node.value<std::string>();
    const auto lang = text ? parse_lang(*text) : std::nullopt;
    if (!lang) {
      problems_.add(node.source(), "`lang` must be \"fr\" or \"en\"");
      return;
    }
    set(config_.lang, std::optional<Lang>(*lang), node);
  }

  // A string or an array of non-empty strings.
  std::optional<std::vector<std::string>> strings(const toml::node& node, std::string_view key,
                                                  std::string_view what) {
    std::vector<std::string> out;
    if (const auto text = node.value<std::string>()) {
      out.push_back(*text);
    } else if (const auto* array = node.as_array()) {
      for (const toml::node& item : *array) {
        const auto text = item.value<std::string>();
        if (!text) {
          problems_.add(item.source(), fmt::format("`{}` must hold strings only", key));
          return std::nullopt;
        }
        out.push_back(*text);
      }
    } else {
      problems_.add(node.source(), fmt::format("`{}` must be {}", key, what));
      return std::nullopt;
    }
    for (const std::string& text : out) {
      if (text.empty()) {
        problems_.add(node.source(), fmt::format("`{}` must not hold an empty string", key));
        return std::nullopt;
      }
    }
    return out;
  }

  void read_globs(const toml::node& node, Setting<std::vector<std::string>>& setting,
                  std::vector<Glob>& globs, std::string_view key) {
    auto values = strings(node, key, "a glob or a list of globs");
    if (!values)
      return;
    const toml::array* array = node.as_array();
    for (std::size_t i = 0; i < values->size(); ++i) {
      std::string error;
      if (auto glob = Glob::compile((*values)[i], error)) {
        globs.push_back(std::move(*glob));
      } else {
        const toml::node& item = array != nullptr ? *array->get(i) : node;
        problems_.add(item.source(),
                      fmt::format("`{}` glob \"{}\" cannot be used: {}", key, (*values)[i], error));
      }
    }
    set(setting, std::move(*values), node);
  }

  void read_facts(const toml::node& node) {
    auto paths = strings(node, "facts", "a fact base path or a list of them");
    if (!paths)
      return;
    for (std::string& path : *paths) {
      path = (config_.base_dir / path).lexically_normal().generic_string();
    }
    set(config_.fact_bases, std::move(*paths), node);
  }

  void read_rules(const toml::node& node) {
    const auto* table = node.as_table();
    if (table == nullptr) {
      problems_.add(node.source(), "`rules` must be a table of \"rule.id\" = \"level\"");
      return;
    }
    for (const auto& [key, value] : *table) {
      const std::string_view id = key.str();
      if (!is_known_rule_(id)) {
        problems_.add(key.source(),
                      fmt::format("unknown rule `{}` (see `presscheck rules list`)", id));
        continue;
      }
      const auto text = value.value<std::string>();
      RuleLevel level;
      level.origin = {config_.file, value.source().begin.line};
      if (text && *text == "off") {
        config_.rules[std::string(id)] = level;
      } else if (const auto severity = text ? parse_severity(*text) : std::nullopt) {
        level.severity = *severity;
        config_.rules[std::string(id)] = level;
      } else {
        problems_.add(
            value.source(),
            fmt::format("rule `{}` must be \"off\", \"info\", \"warning\" or \"error\"", id));
      }
    }
  }

  void read_front_matter(const toml::node& node) {
    const auto* table = node.as_table();
    if (table == nullptr) {
      problems_.add(node.source(), "`front_matter` must be a table");
      return;
    }
    for (const auto& [key, value] : *table) {
      const std::string_view name = key.str();
      Setting<std::vector<std::string>>* setting = name == "headline"     ? &config_.headline_keys
                                                   : name == "standfirst" ? &config_.standfirst_keys
                                                   : name == "date"       ? &config_.date_keys
                                                   : name == "lang"       ? &config_.lang_keys
                                                                          : nullptr;
      if (setting == nullptr) {
        problems_.add(key.source(), fmt::format("unknown key `{}` in [front_matter] (expected {})",
                                                name, kFrontMatterKeys));
        continue;
      }
      const std::string full = fmt::format("front_matter.{}", name);
      if (auto keys = strings(value, full, "a front matter key or a list of them")) {
        set(*setting, std::move(*keys), value);
      }
    }
  }

  Config config_;
  Problems problems_;
  RuleIdCheck is_known_rule_;
};

}  // namespace

Config load_config(const fs::path& file, RuleIdCheck is_known_rule) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream)
    throw UserError(fmt::format("{}: cannot read the configuration file", file.generic_string()));
  const std::string source((std::istreambuf_iterator<char>(stream)),
                           std::istreambuf_iterator<char>());
  toml::table root;
  try {
    root = toml::parse(source, file.generic_string());
  } catch (const toml::parse_error& error) {
    const auto& where = error.source().begin;
    throw UserError(fmt::format("{}:{}:{}: {}", file.generic_string(), where.line, where.column,
                                error.description()));
  }
  return Loader(file, is_known_rule).load(root);
}

}  // namespace presscheck
