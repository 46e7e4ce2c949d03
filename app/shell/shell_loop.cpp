#include "shell/shell_loop.hpp"

#include <cstdio>
#include <iostream>
#include <memory>

#include "shell/line_editor.hpp"

namespace presscheck {
namespace {

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

}  // namespace

void run_shell_at_terminal(ShellSession& session, const FactTools& tools, const Style& style) {
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

void run_shell_piped(ShellSession& session) {
  const Style plain(false);
  std::string line;
  while (!session.done() && std::getline(std::cin, line)) {
    const std::string answer = session.answer(line, plain);
    if (!answer.empty())
      write_out(answer + "\n");
  }
}

}  // namespace presscheck
