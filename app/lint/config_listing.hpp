#pragma once

#include <string>

namespace presscheck {

/// The configuration that applies to a draft (or to the drafts directly inside a folder)
/// as `.presscheck.toml` lines, each value with where it comes from as a comment: what
/// `presscheck config show` prints. `config_file`, when not empty, stands for every draft,
/// as lint's --config does. Throws UserError for a path that does not exist or a
/// configuration file with problems.
std::string config_listing(const std::string& path, const std::string& config_file);

}  // namespace presscheck
