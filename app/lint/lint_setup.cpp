#include "lint/lint_setup.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <future>
#include <thread>

#include "core/error.hpp"
#include "extract/fact_index.hpp"
#include "factbase/open_facts.hpp"

namespace presscheck {
namespace {

// One fact base serves the whole run: --facts, else the configuration of the current
// folder, else the bundled starter base (the empty path).
std::string fact_base_path(const LintOptions& options, const Config& config) {
  if (!options.facts.empty())
    return options.facts;
  const auto& paths = config.fact_bases.value;
  if (paths.size() > 1) {
    throw UserError(fmt::format(
        "{}: `facts` lists {} fact bases; one run reads one: put the JSON Lines files in one "
        "folder and name that folder",
        config.fact_bases.origin.describe(), paths.size()));
  }
  return paths.empty() ? std::string() : paths.front();
}

}  // namespace

LintSetup set_up_lint(const LintOptions& options) {
  LintSettings settings;
  settings.stdin_name = options.stdin_name;
  if (!options.lang.empty())
    settings.lang = parse_lang(options.lang);
  if (!options.fail_level.empty())
    settings.fail_level = parse_severity(options.fail_level);
  if (!options.config.empty())
    settings.config_file = options.config;
  settings.jobs =
      options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  ConfigResolver configs(settings.config_file, is_known_rule);
  // The fact base and its name index are read while the rule packs load: neither needs the
  // other, and each is a good part of a short run's start-up. A failure of either is
  // reported as before, the rule packs' first.
  std::future<std::shared_ptr<const FactIndex>> facts;
  if (!options.no_facts) {
    facts =
        std::async(std::launch::async, [path = fact_base_path(options, *configs.for_path("-"))] {
          auto base = std::make_shared<facts::FactBase>(facts::open_facts(path));
          base->hold_snapshot();
          return std::make_shared<const FactIndex>(std::move(base));
        });
  }
  settings.rules = RuleSet::load(
      options.rules_dir.empty() ? default_rules_dir() : std::filesystem::path(options.rules_dir));
  settings.readers = std::make_shared<const ClaimReaders>(
      settings.rules, facts.valid() ? facts.get() : std::shared_ptr<const FactIndex>());
  return LintSetup{std::move(settings), std::move(configs)};
}

}  // namespace presscheck
