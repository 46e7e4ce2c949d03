#include "cli/commands.hpp"

namespace presscheck {

void add_lint_command(CLI::App& app, int& exit_code) {
  auto* lint = app.add_subcommand("lint", "Check drafts");
  lint->callback([&exit_code] { exit_code = 0; });
}

}  // namespace presscheck
