#include <unistd.h>
#include <memory>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "lookup/query_options.hpp"
#include "shell/shell_loop.hpp"
#include "shell/shell_session.hpp"

namespace presscheck {
namespace {

struct ShellFlags {
  std::string facts;
  std::string lang;
  bool no_color = false;
};

int run_shell(const ShellFlags& flags) {
  FactTools tools(flags.facts);
  ShellSession session(tools, answer_lang(flags.lang));
  if (isatty(STDIN_FILENO) != 0)
    run_shell_at_terminal(session, tools, Style(!flags.no_color && color_wanted(STDOUT_FILENO)));
  else
    run_shell_piped(session);
  return kExitClean;
}

}  // namespace

void add_shell_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ShellFlags>();
  auto* shell = app.add_subcommand(
      "shell", "Ask the fact base interactively: lookups, :verify, :date, :lang, :help");
  shell->add_option("--facts", flags->facts,
                    "Fact base: a .db file, or JSON Lines files or folders (default: the bundled "
                    "one)");
  shell->add_option("--lang", flags->lang, "Language of answers (default: the locale's)")
      ->check(CLI::IsMember({"fr", "en"}));
  shell->add_flag("--no-color", flags->no_color, "Never colour the output");
  shell->callback([flags, &exit_code] { exit_code = run_shell(*flags); });
}

}  // namespace presscheck
