#include <fmt/format.h>
#include <unistd.h>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/line_editor.hpp"
#include "cli/query_options.hpp"
#include "cli/shell_session.hpp"
#include "core/error.hpp"

namespace presscheck {
namespace {

struct ShellFlags {
  std::string facts;
  std::string lang;
  bool no_color = false;
};

void write_out(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

std::vector<std::string> all_names(const facts::FactBase& base) {
  std::vector<std::string> names;
  for (facts::NameEntry& entry : base.all_names())
    names.push_back(std::move(entry.name));
  return names;
}

// At a terminal: prompts, line editing, history and name completion.
void run_interactive(ShellSession& session, const FactTools& tools, const Style& style) {
  // Names are sorted for completion only when Tab is first pressed: a large base's
  // session then starts at once.
  std::unique_ptr<NameCompleter> completer;
  LineEditor editor("presscheck> ", [&](std::string_view line) {
    if (!completer)
      completer = std::make_unique<NameCompleter>(all_names(tools.base()));
    return completer->complete(line);
  });
  write_out(style.paint(
      pick(session.lang(), "presscheck shell : :help pour l'aide, Ctrl-D pour quitter\n",
           "presscheck shell: :help for help, Ctrl-D to quit\n"),
      Tone::faint));
  while (!session.done()) {
    const auto line = editor.read_line();
    if (!line) {
      write_out("\n");
      break;
    }
    write_out(session.answer(*line, style));
  }
}

// Scripted: one answer per line read, each followed by a blank line; no prompt, no colour.
void run_piped(ShellSession& session) {
  const Style plain(false);
  std::string line;
  while (!session.done() && std::getline(std::cin, line)) {
    const std::string answer = session.answer(line, plain);
    if (!answer.empty())
      write_out(answer + "\n");
  }
}

int run_shell(const ShellFlags& flags) {
  FactTools tools(flags.facts);
  ShellSession session(tools, answer_lang(flags.lang));
  if (isatty(STDIN_FILENO) != 0)
    run_interactive(session, tools, Style(!flags.no_color && color_wanted(STDOUT_FILENO)));
  else
    run_piped(session);
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
