#include "rulepack/pack_paths.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>
#include <set>

#include "core/error.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;

std::optional<Lang> folder_lang(const fs::path& folder) {
  return parse_lang(folder.filename().string());
}

// A pack outside a fr/ or en/ folder says its language with its own `lang` key. A pack that
// does not parse gets French here; loading it then reports its syntax error.
std::optional<Lang> pack_lang(const fs::path& file) {
  if (const auto lang = folder_lang(file.parent_path()))
    return lang;
  try {
    const toml::table root = toml::parse_file(file.string());
    if (const auto text = root["lang"].value<std::string>())
      return parse_lang(*text);
    return std::nullopt;
  } catch (const toml::parse_error&) {
    return Lang::fr;
  }
}

/// Gathers the packs of every path and the problems of the paths that hold none.
class PackFinder {
 public:
  void add_path(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      add_folder(path);
    } else if (!fs::exists(path, error)) {
      problems_.push_back(fmt::format("{}: no such file or folder", path));
    } else if (fs::path(path).extension() != ".toml") {
      problems_.push_back(fmt::format("{}: not a rule pack (a rule pack is a .toml file)", path));
    } else {
      add_file(path);
    }
  }

  std::vector<PackFile> result() const {
    if (!problems_.empty()) {
      std::string message;
      for (const std::string& problem : problems_)
        message += (message.empty() ? "" : "\n") + problem;
      throw UserError(message);
    }
    return packs_;
  }

 private:
  void add_folder(const fs::path& folder) {
    std::size_t found = 0;
    bool has_language_folders = false;
    for (const Lang lang : {Lang::fr, Lang::en}) {
      const fs::path sub = folder / std::string(lang_code(lang));
      std::error_code error;
      if (!fs::is_directory(sub, error))
        continue;
      has_language_folders = true;
      for (const fs::path& file : toml_files(sub)) {
        add_file(file);
        ++found;
      }
    }
    if (!has_language_folders) {
      for (const fs::path& file : toml_files(folder)) {
        add_file(file);
        ++found;
      }
    }
    if (found == 0) {
      problems_.push_back(
          fmt::format("{}: no rule pack here (.toml files, or fr/ and en/ folders of them)",
                      folder.generic_string()));
    }
  }

  void add_file(const fs::path& file) {
    std::error_code error;
    const fs::path canonical = fs::weakly_canonical(file, error);
    if (!seen_.insert(error ? file : canonical).second)
      return;
    const auto lang = pack_lang(file);
    if (!lang) {
      problems_.push_back(fmt::format(
          "{}: a rule pack outside a fr/ or en/ folder needs `lang = \"fr\"` or `lang = \"en\"`",
          file.generic_string()));
      return;
    }
    packs_.push_back({file, *lang});
  }

  std::vector<PackFile> packs_;
  std::vector<std::string> problems_;
  std::set<fs::path> seen_;
};

}  // namespace

std::vector<PackFile> find_rule_packs(const std::vector<std::string>& paths) {
  PackFinder finder;
  for (const std::string& path : paths)
    finder.add_path(path);
  return finder.result();
}

}  // namespace presscheck
