#include <fmt/core.h>
#include <cstdio>
#include <sstream>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/terminal_safe.hpp"

namespace {

// Messages may quote what the user typed or a file's name; their own line breaks and tabs
// are layout (a list of problems, help text), every other control character is escaped.
void print_safe(std::FILE* stream, const std::string& text) {
  const std::string safe = presscheck::terminal_safe(text, {.tab = true, .line_break = true});
  std::fwrite(safe.data(), 1, safe.size(), stream);
}

}  // namespace

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
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // CLI11 quotes the arguments it rejects: they are printed through the same escaping.
    std::ostringstream out;
    std::ostringstream err;
    const int code = app.exit(error, out, err);
    print_safe(stdout, out.str());
    print_safe(stderr, err.str());
    return code == 0 ? kExitClean : kExitUsage;
  } catch (const UserError& error) {
    std::fflush(stdout);
    print_safe(stderr, fmt::format("presscheck: error: {}\n", error.what()));
    return kExitUsage;
  }
  return exit_code;
}
