#include "run_binary.hpp"

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace presscheck::testing_support {

RunResult run_presscheck(const std::string& args, const std::string* input, bool merge_stderr) {
  std::string command =
      "cd '" PRESSCHECK_SOURCE_DIR "' && NO_COLOR=1 '" PRESSCHECK_BINARY "' " + args;
  std::string input_path;
  if (input != nullptr) {
    input_path = (std::filesystem::temp_directory_path() /
                  ("presscheck-stdin-" + std::to_string(::getpid()) + ".txt"))
                     .string();
    std::ofstream(input_path, std::ios::binary) << *input;
    command += " < '" + input_path + "'";
  }
  command += merge_stderr ? " 2>&1" : " 2>/dev/null";
  RunResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr)
    return result;
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.out.append(buffer.data(), read);
  }
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (!input_path.empty())
    std::filesystem::remove(input_path);
  return result;
}

std::string read_file(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream content;
  content << stream.rdbuf();
  return content.str();
}

}  // namespace presscheck::testing_support
