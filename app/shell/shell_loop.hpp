#pragma once

#include "lookup/fact_tools.hpp"
#include "render/cards/terminal_style.hpp"
#include "shell/shell_session.hpp"

namespace presscheck {

/// At a terminal: a prompt, line editing, history and completion of the base's names,
/// until Ctrl-D or `:quit`.
void run_shell_at_terminal(ShellSession& session, const FactTools& tools, const Style& style);

/// Scripted: one answer per line read from standard input, each followed by a blank line;
/// no prompt, no colour.
void run_shell_piped(ShellSession& session);

}  // namespace presscheck
