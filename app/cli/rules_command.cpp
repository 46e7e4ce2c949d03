#include "cli/commands.hpp"

namespace presscheck {

void add_rules_command(CLI::App& app, int& exit_code) {
  auto* rules = app.add_subcommand("rules", "List the checks and test the rule packs");
  rules->require_subcommand(1);
  auto* list = rules->add_subcommand("list", "List every check with its default severity");
  list->callback([&exit_code] { exit_code = 0; });
}

}  // namespace presscheck
