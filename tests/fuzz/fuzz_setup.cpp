#include "fuzz_setup.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <cstdlib>

#include "factbase/open_facts.hpp"

namespace presscheck::fuzz {

const std::filesystem::path& scratch_folder() {
  static const std::filesystem::path folder = [] {
    const auto path =
        std::filesystem::temp_directory_path() / fmt::format("presscheck-fuzz-{}", ::getpid());
    std::filesystem::create_directories(path / "cache");
    ::setenv("XDG_CACHE_HOME", (path / "cache").c_str(), 1);
    return path;
  }();
  return folder;
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
