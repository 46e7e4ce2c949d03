#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace presscheck {

/// The program called `name` in the folder of the running program, where the build and
/// `cmake --install` both put presscheck's programs. Throws UserError when that folder
/// cannot be known (no /proc).
std::filesystem::path sibling_program(const std::string& name);

/// Replaces this process with `program`, given `args` after its name; stdout is flushed
/// first. Returns only by throwing UserError: when the program is not there (the message
/// says where it was looked for and how to get it) or cannot be started.
[[noreturn]] void run_instead(const std::filesystem::path& program,
                              const std::vector<std::string>& args);

}  // namespace presscheck
