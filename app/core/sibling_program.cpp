#include "core/sibling_program.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/error.hpp"

namespace presscheck {

namespace fs = std::filesystem;

fs::path sibling_program(const std::string& name) {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  // Never a bare name: it would run a file of that name in the working folder.
  if (error) {
    throw UserError(fmt::format(
        "cannot tell which folder presscheck runs from (/proc/self/exe: {}), so {} cannot be "
        "found beside it: run {} from the folder presscheck is installed in",
        error.message(), name, name));
  }
  return self.parent_path() / name;
}

void run_instead(const fs::path& program, const std::vector<std::string>& args) {
  if (::access(program.c_str(), X_OK) != 0) {
    throw UserError(fmt::format(
        "{} is needed and is not there: install presscheck with `cmake --install`, which puts "
        "it beside presscheck, or build its target `{}`",
        program.string(), program.filename().string()));
  }
  std::vector<std::string> words{program.filename().string()};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& word : words)
    argv.push_back(word.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  ::execv(program.c_str(), argv.data());
  throw UserError(fmt::format("{}: cannot start it: {}", program.string(), std::strerror(errno)));
}

}  // namespace presscheck
