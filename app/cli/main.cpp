#include "cli/commands.hpp"
#include "cli/run_app.hpp"
#include "core/error.hpp"

int main(int argc, char** argv) {
  using namespace presscheck;
  CLI::App app{"presscheck: checks press drafts against themselves and a curated fact base"};
  app.set_version_flag("--version", std::string("presscheck ") + PRESSCHECK_VERSION);
  app.require_subcommand(1);
  int exit_code = kExitClean;
  add_config_command(app, exit_code);
  add_facts_command(app, exit_code);
  add_lint_command(app, exit_code);
  add_lookup_command(app, exit_code);
  add_lsp_command(app, exit_code);
  add_rules_command(app, exit_code);
  add_serve_command(app, exit_code);
  add_shell_command(app, exit_code);
  add_verify_command(app, exit_code);
  return run_app(app, argc, argv, exit_code);
}
