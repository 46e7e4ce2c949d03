#pragma once

#include <CLI/CLI.hpp>

namespace presscheck {

/// Parses the command line with `app`, whose subcommands run as they are parsed and store
/// their code in `exit_code`, and returns the code the program exits with: 2 for a bad
/// command line or a UserError, whose message is printed on stderr with every control
/// character escaped. Both programs, presscheck and presscheck-serve, end in it.
int run_app(CLI::App& app, int argc, char** argv, const int& exit_code);

}  // namespace presscheck
