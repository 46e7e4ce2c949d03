#include <fmt/core.h>

#include "checks/registry.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "rulepack/example_runner.hpp"
#include "rulepack/pack_paths.hpp"
#include "text/rule_evaluator.hpp"

namespace presscheck {
namespace {

struct RulesFlags {
  std::string rules_dir;
  std::vector<std::string> packs;
};

std::filesystem::path rules_dir(const RulesFlags& flags) {
  return flags.rules_dir.empty() ? default_rules_dir() : std::filesystem::path(flags.rules_dir);
}

int list_rules() {
  for (const RuleInfo& info : all_rule_infos()) {
    fmt::print("{:<24} {:<8} {}\n{:<24} {:<8} {}\n", info.id, severity_name(info.severity),
               info.summary_en, "", "", info.summary_fr);
  }
  return kExitClean;
}

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

// The packs named on the command line, alone; without any, every pack of the rules folder.
std::shared_ptr<const RuleSet> packs_to_test(const RulesFlags& flags) {
  if (flags.packs.empty())
    return RuleSet::load(rules_dir(flags));
  return RuleSet::load(find_rule_packs(flags.packs));
}

int test_rules(const RulesFlags& flags) {
  const auto rules = packs_to_test(flags);
  const auto results = run_all_examples(*rules, text_rule_evaluator(*rules));
  std::size_t failed = 0;
  for (const ExampleResult& result : results) {
    if (result.passed)
      continue;
    ++failed;
    fmt::print("{}\n", describe_failure(result));
  }
  std::size_t rule_count = 0;
  for (const RulePack& pack : rules->packs())
    rule_count += pack.rules.size();
  fmt::print("{} passed, {} failed ({} of {} in {})\n", results.size() - failed, failed,
             counted(results.size(), "example", "examples"), counted(rule_count, "rule", "rules"),
             counted(rules->packs().size(), "pack", "packs"));
  return failed == 0 ? kExitClean : kExitFindings;
}

}  // namespace

void add_rules_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<RulesFlags>();
  auto* rules = app.add_subcommand("rules", "List the checks and test the rule packs");
  rules->require_subcommand(1);
  auto* list = rules->add_subcommand("list", "Every rule id with its severity and meaning");
  list->callback([&exit_code] { exit_code = list_rules(); });
  auto* test = rules->add_subcommand("test", "Run every rule pack's examples");
  test->add_option("packs", flags->packs,
                   "Rule pack files, or folders of them, to test alone (default: every pack "
                   "of --rules)");
  test->add_option("--rules", flags->rules_dir, "Folder of rule packs (default: the bundled ones)");
  test->callback([flags, &exit_code] { exit_code = test_rules(*flags); });
}

}  // namespace presscheck
