#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/glob.hpp"
#include "core/diagnostic.hpp"
#include "core/lang.hpp"
#include "input/reader.hpp"

namespace presscheck {

/// Where a setting's value came from: a line of a configuration file, a flag, or the
/// built-in default.
struct Origin {
  std::string file;  // empty for the built-in default
  std::size_t line = 0;

  /// "path:line", the flag's name, or "default".
  std::string describe() const;
};

/// A configured value and where it came from.
template <class T>
struct Setting {
  T value;
  Origin origin;
};

/// A `[rules]` entry: the severity a rule reports at, or nothing when it is "off".
struct RuleLevel {
  std::optional<Severity> severity;
  Origin origin;
};

/// The effective configuration for one draft: built-in defaults, then the values of the
/// nearest `.presscheck.toml` (or of the file given with --config).
struct Config {
  std::string file;                // the configuration file, or empty for defaults alone
  std::filesystem::path base_dir;  // globs and fact base paths are relative to it
  Setting<Severity> fail_level{Severity::error, {}};
  Setting<std::optional<Lang>> lang{std::nullopt, {}};
  Setting<std::vector<std::string>> fact_bases{{}, {}};  // resolved against base_dir
  Setting<std::vector<std::string>> include{{}, {}};
  Setting<std::vector<std::string>> exclude{{}, {}};
  std::vector<Glob> include_globs;  // `include` and `exclude` compiled by the loader
  std::vector<Glob> exclude_globs;
  Setting<std::vector<std::string>> headline_keys{FrontMatterKeys{}.headline, {}};
  Setting<std::vector<std::string>> standfirst_keys{FrontMatterKeys{}.standfirst, {}};
  Setting<std::vector<std::string>> date_keys{FrontMatterKeys{}.date, {}};
  Setting<std::vector<std::string>> lang_keys{FrontMatterKeys{}.lang, {}};
  std::map<std::string, RuleLevel, std::less<>> rules;

  /// The severity `rule` reports at under this configuration, or nothing when it is off.
  std::optional<Severity> severity_for(std::string_view rule, Severity default_severity) const;

  /// The front matter keys the readers look up, in this configuration's order.
  FrontMatterKeys front_matter_keys() const;

  /// Whether a draft found by walking a folder is linted: it is included and neither it nor
  /// a folder above it matches `exclude`.
  bool selects(const std::filesystem::path& file) const;
  /// Whether a file matches `include`, or, without one, has a draft extension.
  bool includes(const std::filesystem::path& file) const;
  /// Whether the file or a folder above it matches `exclude`.
  bool excludes(const std::filesystem::path& file) const;
};

/// Says whether a rule id exists, so that a typo in `[rules]` is caught.
using RuleIdCheck = bool (*)(std::string_view id);

/// Reads a `.presscheck.toml` over the defaults. Unknown keys, wrong types and bad values
/// throw UserError, every problem on its own `file:line:col: ` line.
Config load_config(const std::filesystem::path& file, RuleIdCheck is_known_rule);

/// The file name looked for in each folder from a draft up to the root.
inline constexpr std::string_view kConfigFileName = ".presscheck.toml";

}  // namespace presscheck
