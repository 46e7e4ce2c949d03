#include "temp_tree.hpp"

#include <unistd.h>

#include <sys/wait.h>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace presscheck::testing_support {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& file) {
  std::ifstream stream(file, std::ios::binary);
  std::ostringstream content;
  content << stream.rdbuf();
  return content.str();
}

int exit_code_of(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TempTree::TempTree() {
  static int counter = 0;
  path_ = fs::temp_directory_path() /
          ("presscheck-ci-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

TempTree::~TempTree() {
  std::error_code error;
  fs::remove_all(path_, error);
}

std::string TempTree::write(const std::string& name, const std::string& content) const {
  const fs::path file = path_ / name;
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << content;
  return file.string();
}

CommandResult run_in(const fs::path& folder, const std::string& args,
                     const std::string& environment) {
  static int counter = 0;
  const std::string stem =
      (fs::temp_directory_path() /
       ("presscheck-ci-run-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
          .string();
  const std::string command = "cd '" + folder.string() + "' && NO_COLOR=1 CI=true " + environment +
                              " '" PRESSCHECK_BINARY "' " + args + " >'" + stem + ".out' 2>'" +
                              stem + ".err' </dev/null";
  CommandResult result;
  result.exit_code = exit_code_of(std::system(command.c_str()));
  result.out = slurp(stem + ".out");
  result.err = slurp(stem + ".err");
  fs::remove(stem + ".out");
  fs::remove(stem + ".err");
  return result;
}

int shell_in(const fs::path& folder, const std::string& command) {
  return exit_code_of(std::system(("cd '" + folder.string() + "' && (" + command + ")").c_str()));
}

}  // namespace presscheck::testing_support
