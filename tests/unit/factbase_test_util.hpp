#pragma once

#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace presscheck::test {

/// A fresh folder under the system's temporary directory, removed with its content.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "presscheck-test-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code error;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, error);
    std::filesystem::remove_all(path_, error);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

/// What the presscheck binary printed and returned.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs the built presscheck with `args` (already shell-quoted) in `folder`.
inline RunResult run_presscheck(const std::string& args, const std::filesystem::path& folder) {
  // The output goes to the temp folder, never into `folder`, which may be the source tree.
  static int runs = 0;
  const auto stem = std::filesystem::temp_directory_path() /
                    fmt::format("presscheck-run-{}-{}", ::getpid(), runs++);
  const std::filesystem::path out = stem.string() + ".stdout";
  const std::filesystem::path err = stem.string() + ".stderr";
  const std::string command = fmt::format("cd '{}' && '{}' {} > '{}' 2> '{}'", folder.string(),
                                          PRESSCHECK_BINARY, args, out.string(), err.string());
  const int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  std::error_code ignored;
  std::filesystem::remove(out, ignored);
  std::filesystem::remove(err, ignored);
  return result;
}

/// A small valid base that tests extend: one source, two people, an office, a property.
inline const char* kMiniBase =
    R"({"type":"source","id":"s1","url":"https://example.org/s1","title":"Source one"}
{"type":"entity","id":"alice","kind":"person","names":{"fr":["Alice Martin"],"en":["Alice Martin"]}}
{"type":"entity","id":"bob","kind":"person","names":{"fr":["Bob Durand"]}}
{"type":"entity","id":"mayor","kind":"office","names":{"fr":["maire"],"en":["mayor"]}}
{"type":"property","id":"position_held","value_type":"entity","labels":{"fr":["fonction"],"en":["position"]}}
{"type":"property","id":"budget","value_type":"money","labels":{"fr":["budget"],"en":["budget"]},"single_valued":true}
)";

}  // namespace presscheck::test
