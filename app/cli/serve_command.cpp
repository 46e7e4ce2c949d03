#include "cli/commands.hpp"
#include "cli/serve_program.hpp"
#include "core/sibling_program.hpp"

namespace presscheck {

// `serve` is parsed by the program that runs it: every argument after `serve`, `--help`
// included, goes to presscheck-serve as typed (see serve_main.cpp).
void add_serve_command(CLI::App& app, int& /*exit_code*/) {
  auto* serve = app.add_subcommand("serve", kServeDescription);
  serve->prefix_command();
  serve->set_help_flag();
  serve->callback([serve] {
    std::vector<std::string> args{"serve"};
    for (const std::string& arg : serve->remaining())
      args.push_back(arg);
    run_instead(sibling_program(kServeProgram), args);
  });
}

}  // namespace presscheck
