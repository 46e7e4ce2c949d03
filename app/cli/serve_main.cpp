// presscheck-serve: the web desk, run by `presscheck serve` (see serve_program.hpp).
#include <fmt/core.h>
#include <cstdio>

#include "cli/run_app.hpp"
#include "cli/serve_program.hpp"
#include "core/error.hpp"
#include "serve/desk_backend.hpp"
#include "serve/desk_server.hpp"

namespace presscheck {
namespace {

struct ServeFlags {
  ServeOptions options;
  std::string facts;
};

int run_serve(const ServeFlags& flags) {
  // The base and the rule packs are loaded before the first request, so that a bad base
  // stops the command at once and no request pays for the loading.
  DeskServer server(desk_operations(flags.facts), flags.options);
  server.bind();
  // Tests and scripts read the address from the first line, the port included when the
  // system chose it (--port 0).
  fmt::print("presscheck serve: the desk is at {} (Ctrl-C stops it)\n", server.url());
  std::fflush(stdout);
  server.serve();
  return kExitClean;
}

void add_serve_options(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ServeFlags>();
  auto* serve = app.add_subcommand("serve", kServeDescription);
  serve->add_option("--port", flags->options.port, "Port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve
      ->add_option("--host", flags->options.host,
                   "Address to listen on; only this machine can reach the default one")
      ->capture_default_str();
  serve->add_option("--facts", flags->facts,
                    "Fact base: a .db file, or JSON Lines files or folders (default: the bundled "
                    "one)");
  serve->callback([flags, &exit_code] { exit_code = run_serve(*flags); });
}

}  // namespace
}  // namespace presscheck

int main(int argc, char** argv) {
  using namespace presscheck;
  // Named as users call it, so that usage and help read `presscheck serve`.
  CLI::App app{"presscheck: checks press drafts against themselves and a curated fact base",
               "presscheck"};
  app.set_version_flag("--version", std::string("presscheck ") + PRESSCHECK_VERSION);
  app.require_subcommand(1);
  int exit_code = kExitClean;
  add_serve_options(app, exit_code);
  return run_app(app, argc, argv, exit_code);
}
