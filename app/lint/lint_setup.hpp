#pragma once

#include <string>

#include "config/config_resolver.hpp"
#include "lint/lint_text.hpp"

namespace presscheck {

/// What a lint run is asked for, apart from its paths and its output; empty strings and
/// zero leave the choice to the configuration files and the defaults.
struct LintOptions {
  std::string rules_dir;   // --rules: "" for the bundled packs
  std::string lang;        // --lang: a valid code or ""
  std::string fail_level;  // --fail-level: a valid severity or ""
  std::string config;      // --config: "" to find each draft's configuration
  std::string facts;       // --facts: "" for the configuration's base, else the bundled one
  std::string stdin_name;  // --stdin-filename
  bool no_facts = false;
  unsigned jobs = 0;  // 0: every core
};

/// Everything the drafts of one run are linted with, loaded once.
struct LintSetup {
  LintSettings settings;
  ConfigResolver configs;
};

/// Loads the rule packs, finds the configuration files and opens the one fact base the
/// run reads (--facts, else the configuration of the current folder, else the bundled
/// starter base). Throws UserError when one cannot be read, or the configuration names
/// more than one fact base.
LintSetup set_up_lint(const LintOptions& options);

}  // namespace presscheck
