#include "cli/run_app.hpp"

#include <fmt/core.h>
#include <cstdio>
#include <sstream>

#include "core/error.hpp"
#include "core/terminal_safe.hpp"

namespace presscheck {
namespace {

// Messages may quote what the user typed or a file's name; their own line breaks and tabs
// are layout (a list of problems, help text), every other control character is escaped.
void print_safe(std::FILE* stream, const std::string& text) {
  const std::string safe = terminal_safe(text, {.tab = true, .line_break = true});
  std::fwrite(safe.data(), 1, safe.size(), stream);
}

}  // namespace

int run_app(CLI::App& app, int argc, char** argv, const int& exit_code) {
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

}  // namespace presscheck
