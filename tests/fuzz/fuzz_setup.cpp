#include "fuzz_setup.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <cstdlib>
#include <string>

#include "core/atomic_file.hpp"
#include "factbase/open_facts.hpp"

namespace presscheck::fuzz {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kScratchPrefix = "presscheck-fuzz-";

// A fuzzer stopped with SIGINT or killed exits without running its exit handlers, so its
// scratch folder stays behind: the next fuzzer removes those whose process is gone.
void remove_stale_scratch_folders() {
  std::error_code error;
  for (fs::directory_iterator it(fs::temp_directory_path(), error), end; !error && it != end;
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(kScratchPrefix, 0) != 0)
      continue;
    const std::string digits = name.substr(kScratchPrefix.size());
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos)
      continue;
    const long pid = std::strtol(digits.c_str(), nullptr, 10);
    if (!process_runs(static_cast<pid_t>(pid))) {
      std::error_code ignored;
      fs::remove_all(it->path(), ignored);
    }
  }
}

// Never destroyed, so the exit handler that removes it can still read it.
const fs::path* const own_scratch_folder = [] {
  remove_stale_scratch_folders();
  const auto* path =
      new fs::path(fs::temp_directory_path() / fmt::format("{}{}", kScratchPrefix, ::getpid()));
  fs::create_directories(*path / "cache");
  std::atexit([] {
    std::error_code ignored;
    fs::remove_all(*own_scratch_folder, ignored);
  });
  ::setenv("XDG_CACHE_HOME", (*path / "cache").c_str(), 1);
  return path;
}();

}  // namespace

const std::filesystem::path& scratch_folder() {
  return *own_scratch_folder;
}

const LintSettings& lint_settings() {
  static const LintSettings settings = [] {
    scratch_folder();
    LintSettings made;
    made.rules = RuleSet::load(default_rules_dir());
    made.readers = std::make_shared<const ClaimReaders>(
        made.rules, std::make_shared<const FactIndex>(
                        std::make_shared<const facts::FactBase>(facts::open_facts(""))));
    return made;
  }();
  return settings;
}

}  // namespace presscheck::fuzz
