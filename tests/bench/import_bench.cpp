// Measures `presscheck facts import` as a user runs it (a child process each time, peak RSS
// from the child's own rusage): one record into a base of N statements, and N statements
// into an empty base (N = 1M by default).

#include <fmt/format.h>
#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_args.hpp"
#include "bench_timing.hpp"
#include "child_run.hpp"
#include "generate_facts.hpp"

namespace presscheck::bench {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage = "usage: import_bench PRESSCHECK [STATEMENTS]   (default: 1000000)\n";
// One-record imports are quick: the median of a few says more than one run.
constexpr int kOneRecordRuns = 5;

struct ScratchFolder {
  fs::path path;
  ~ScratchFolder() {
    std::error_code error;
    fs::remove_all(path, error);
  }
};

// A run that must succeed: any other exit would make its figures meaningless.
ChildRun must_run(const std::vector<std::string>& argv) {
  const ChildRun run = run_child(argv);
  if (run.exit_code != 0) {
    std::string command;
    for (const std::string& arg : argv)
      command += (command.empty() ? "" : " ") + arg;
    throw std::runtime_error(fmt::format("`{}` failed (exit code {})", command, run.exit_code));
  }
  return run;
}

void print_run(std::string_view what, const ChildRun& run) {
  fmt::print("{}: {:.3f} s, peak RSS {:.1f} MB\n", what, run.seconds,
             static_cast<double>(run.peak_rss_kb) / 1024.0);
}

// A new employer for a person of the base, after the generator's last period (2016-2024):
// it is checked against that person's other employers, as single-valued statements are.
void write_one_record(const fs::path& file, int i) {
  std::ofstream(file) << fmt::format(
      R"({{"type":"statement","id":"bench-one-{}","subject":"p{}","property":"employer","value":{{"entity":"office-3"}},"valid_from":"2024","sources":["gen"]}})"
      "\n",
      i, 7 + i);
}

int run(const std::string& presscheck, std::size_t statements) {
  const ScratchFolder scratch{fs::temp_directory_path() /
                              fmt::format("presscheck-import-bench-{}", ::getpid())};
  fs::create_directories(scratch.path);
  const fs::path facts = scratch.path / "facts";
  const GeneratedFacts generated = generate_facts(statements, facts);
  const std::string base = (scratch.path / "base.db").string();
  const std::string empty = (scratch.path / "empty.db").string();
  std::ofstream(scratch.path / "empty.jsonl").flush();
  fmt::print("{} statements, {} entities\n", generated.statements, generated.names.size());

  must_run({presscheck, "facts", "build", (scratch.path / "empty.jsonl").string(), "-o", empty});
  const ChildRun bulk = must_run({presscheck, "facts", "import", facts.string(), "--db", empty});
  print_run(fmt::format("import of {} statements into an empty base", generated.statements), bulk);

  print_run("build of the same records (for comparison)",
            must_run({presscheck, "facts", "build", facts.string(), "-o", base}));
  std::vector<double> seconds;
  long peak_kb = 0;
  for (int i = 0; i < kOneRecordRuns; ++i) {
    const fs::path one = scratch.path / fmt::format("one-{}.jsonl", i);
    write_one_record(one, i);
    const ChildRun run = must_run({presscheck, "facts", "import", one.string(), "--db", base});
    seconds.push_back(run.seconds);
    peak_kb = std::max(peak_kb, run.peak_rss_kb);
  }
  fmt::print(
      "one record into the base of {} statements: median {:.3f} s, max {:.3f} s, "
      "peak RSS {:.1f} MB (of {} runs)\n",
      generated.statements, percentile(seconds, 0.5),
      *std::max_element(seconds.begin(), seconds.end()), static_cast<double>(peak_kb) / 1024.0,
      kOneRecordRuns);
  return 0;
}

}  // namespace
}  // namespace presscheck::bench

int main(int argc, char** argv) {
  using namespace presscheck::bench;
  if (const auto launched = launcher_main(argc, argv))
    return *launched;
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.empty() || args.size() > 2)
      throw std::invalid_argument("give the presscheck program to measure");
    if (args[0] == "--help" || args[0] == "-h") {
      fmt::print("{}", kUsage);
      return 0;
    }
    if (::access(args[0].c_str(), X_OK) != 0)
      throw std::invalid_argument(fmt::format("{} is not a program that can be run", args[0]));
    const std::size_t statements =
        args.size() == 2 ? positive_number("STATEMENTS", args[1]) : 1000000;
    return run(args[0], statements);
  } catch (const std::invalid_argument& error) {
    fmt::print(stderr, "import_bench: {}\n{}", error.what(), kUsage);
    return 2;
  } catch (const std::exception& error) {
    fmt::print(stderr, "import_bench: {}\n", error.what());
    return 2;
  }
}
