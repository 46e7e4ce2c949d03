#pragma once

#include <CLI/CLI.hpp>

namespace presscheck {

/// Each subcommand registers itself on the application and stores its exit code in
/// `exit_code` when it runs; main() only parses and returns that code.
void add_config_command(CLI::App& app, int& exit_code);
void add_facts_command(CLI::App& app, int& exit_code);
void add_lint_command(CLI::App& app, int& exit_code);
void add_lookup_command(CLI::App& app, int& exit_code);
void add_lsp_command(CLI::App& app, int& exit_code);
void add_rules_command(CLI::App& app, int& exit_code);
void add_serve_command(CLI::App& app, int& exit_code);
void add_shell_command(CLI::App& app, int& exit_code);
void add_verify_command(CLI::App& app, int& exit_code);

}  // namespace presscheck
