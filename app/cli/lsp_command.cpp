#include <iostream>

#include "cli/commands.hpp"
#include "lsp/server.hpp"

namespace presscheck {

void add_lsp_command(CLI::App& app, int& exit_code) {
  auto* lsp = app.add_subcommand(
      "lsp", "Serve diagnostics, quick fixes and hovers to an editor (Language Server Protocol)");
  // Clients such as VS Code's add --stdio; standard input and output are the only transport.
  lsp->add_flag("--stdio")->description("Talk over standard input and output (the default)");
  lsp->callback([&exit_code] {
    std::ios::sync_with_stdio(false);
    lsp::Server server(std::cin, std::cout, PRESSCHECK_VERSION);
    exit_code = server.run();
  });
}

}  // namespace presscheck
