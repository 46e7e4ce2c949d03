#include "lsp/lint_engine.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "config/config_resolver.hpp"
#include "core/error.hpp"
#include "factbase/open_facts.hpp"

namespace presscheck::lsp {
namespace {

namespace fs = std::filesystem;

void stamp_file(const fs::path& path, std::string& out) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  const auto time = fs::last_write_time(path, error);
  out += fmt::format("{}:{}:{};", path.string(), error ? 0 : size,
                     error ? 0 : time.time_since_epoch().count());
}

}  // namespace

std::string files_stamp(const std::vector<fs::path>& paths) {
  std::string stamp;
  for (const fs::path& path : paths) {
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      stamp_file(path, stamp);
      continue;
    }
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
         it.increment(error)) {
      if (it->is_regular_file(error))
        files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files)
      stamp_file(file, stamp);
  }
  return stamp;
}

std::shared_ptr<const RuleSet> LintEngine::rules(std::vector<std::string>& problems) {
  const fs::path dir = settings_.rules.value_or(default_rules_dir());
  const std::string stamp = files_stamp({dir / "fr", dir / "en"});
  if (rules_ && dir == rules_dir_ && stamp == rules_stamp_)
    return rules_;
  try {
    rules_ = RuleSet::load(dir);
    rules_dir_ = dir;
    rules_stamp_ = stamp;
  } catch (const UserError& error) {
    // The packs as they were keep serving until the broken edit is fixed.
    problems.push_back(error.what());
  }
  return rules_;
}

std::shared_ptr<const FactIndex> LintEngine::facts(const Config& config,
                                                   std::vector<std::string>& problems) {
  if (settings_.no_facts)
    return nullptr;
  std::string path;
  if (settings_.facts) {
    path = settings_.facts->string();
  } else if (config.fact_bases.value.size() == 1) {
    path = config.fact_bases.value.front();
  } else if (config.fact_bases.value.size() > 1) {
    problems.push_back(fmt::format("{}: `facts` lists {} fact bases; one is read",
                                   config.fact_bases.origin.describe(),
                                   config.fact_bases.value.size()));
    path = config.fact_bases.value.front();
  }
  try {
    // Cheap when nothing changed: the compiled base is found in the cache by the files'
    // sizes and times; a changed file gives another compiled base, hence another stamp.
    const fs::path db = facts::resolve_facts(path);
    const std::string stamp = files_stamp({db});
    auto& [known_stamp, index] = facts_[path];
    if (index && known_stamp == stamp)
      return index;
    auto base = std::make_shared<facts::FactBase>(db);
    base->hold_snapshot();
    index = std::make_shared<const FactIndex>(std::move(base));
    known_stamp = stamp;
    return index;
  } catch (const UserError& error) {
    problems.push_back(error.what());
  }
  return nullptr;
}

std::shared_ptr<const ClaimReaders> LintEngine::readers(
    const std::shared_ptr<const RuleSet>& rules, const std::shared_ptr<const FactIndex>& facts) {
  if (!readers_ || &readers_->rules() != rules.get() || readers_->facts() != facts.get())
    readers_ = std::make_shared<const ClaimReaders>(rules, facts);
  return readers_;
}

EngineResult LintEngine::lint(const std::string& path, const std::string& text) {
  EngineResult result;
  LintSettings settings;
  settings.rules = rules(result.problems);
  if (!settings.rules)
    return result;
  settings.lang = settings_.lang;
  std::shared_ptr<const Config> config = std::make_shared<Config>();
  try {
    // Read afresh each time: a configuration is a small file, and one edited beside the
    // draft applies at the next change.
    ConfigResolver configs(settings_.config, is_known_rule);
    config = configs.for_path(path);
  } catch (const UserError& error) {
    result.problems.push_back(error.what());
  }
  settings.readers = readers(settings.rules, facts(*config, result.problems));
  result.report = lint_text(path, text, settings, *config);
  std::erase_if(result.report.diagnostics, [&](const LocatedDiagnostic& d) {
    return d.diagnostic.severity < settings_.min_severity;
  });
  return result;
}

}  // namespace presscheck::lsp
