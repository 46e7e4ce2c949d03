// Whole-process figures for `presscheck lint`: throughput on generated drafts with one and
// with every core, start-up time on one 4 KB draft, fact-base lookup latency and peak
// memory, each with the starter base and with a generated one; and beside the throughput,
// the floor: how long a bare RE2::Set scan of the same text with every rule-pack pattern of
// the draft's language takes.
//
//   lint_bench PRESSCHECK [--mb 50] [--statements 100000] [--runs 50]
//   lint_bench --generate MB STATEMENTS FOLDER   (only writes FOLDER/facts and FOLDER/drafts)
//   lint_bench --floor fr|en FOLDER   (the floor on drafts of one language, such as real
//                                      articles, with RE2's default budget and the project's)

#include <fmt/format.h>
#include <re2/set.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "bench_args.hpp"
#include "bench_timing.hpp"
#include "child_run.hpp"
#include "factbase/fact_base.hpp"
#include "factbase/open_facts.hpp"
#include "generate_drafts.hpp"
#include "generate_facts.hpp"
#include "rulepack/re2_budget.hpp"
#include "rulepack/rule_set.hpp"

namespace presscheck::bench {
namespace {

namespace fs = std::filesystem;

std::string read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string machine() {
  std::string model = "unknown CPU";
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  }
  utsname name{};
  ::uname(&name);
  return fmt::format("{} × {}, {} {}", std::thread::hardware_concurrency(), model, name.sysname,
                     name.release);
}

/// One RE2::Set per language holding every rule-pack pattern of that language, each with
/// its own case sensitivity, as the checks compile them, with the memory budget the
/// project gives its sets (`max_memory` 0) or another one, to show what the budget does.
class Floor {
 public:
  explicit Floor(const RuleSet& rules, std::int64_t max_memory = 0) {
    for (Lang lang : {Lang::fr, Lang::en}) {
      RE2::Options options;
      options.set_log_errors(false);
      options.set_max_mem(max_memory > 0 ? max_memory : kRe2SetMemory);
      auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
      for (const RulePack& pack : rules.packs()) {
        if (pack.lang != lang)
          continue;
        for (const PatternRule& rule : pack.rules) {
          const bool sensitive = rule.case_sensitive();
          set->Add((sensitive ? "" : "(?i)") + rule.pattern, nullptr);
          ++patterns_;
        }
      }
      if (!set->Compile()) {
        fmt::print("floor: the rule-pack patterns do not compile as one set\n");
        std::exit(1);
      }
      (lang == Lang::fr ? fr_ : en_) = std::move(set);
    }
  }

  /// Seconds to scan every text once, each with its language's set.
  double scan(const std::vector<std::string>& texts, const std::vector<bool>& french) const {
    std::vector<int> hits;
    std::size_t matched = 0;
    const auto start = Clock::now();
    for (std::size_t i = 0; i < texts.size(); ++i) {
      hits.clear();
      matched += (french[i] ? fr_ : en_)->Match(texts[i], &hits) ? hits.size() : 0;
    }
    const double seconds = seconds_since(start);
    if (matched == 0)
      fmt::print("floor: no pattern matched at all, the drafts are not what they should be\n");
    return seconds;
  }

  int patterns() const { return patterns_; }

 private:
  std::unique_ptr<RE2::Set> fr_;
  std::unique_ptr<RE2::Set> en_;
  int patterns_ = 0;
};

/// A run of presscheck that must have gone through: exit 0 (no finding) or 1 (findings).
/// Anything else (it could not start, died of a signal, or reported an error) would turn
/// every figure after it into nonsense, so the bench stops there and says which run failed.
ChildRun run_presscheck(const std::vector<std::string>& argv) {
  const ChildRun run = run_child(argv);
  if (run.exit_code != 0 && run.exit_code != 1) {
    std::string command;
    for (const std::string& arg : argv)
      command += (command.empty() ? "" : " ") + arg;
    throw std::runtime_error(
        run.exit_code == -1
            ? fmt::format("`{}` could not start or died of a signal", command)
            : fmt::format("`{}` ended with exit code {} (an error)", command, run.exit_code));
  }
  return run;
}

/// Removes the bench's scratch folder however the run ends.
struct ScratchFolder {
  fs::path path;
  ~ScratchFolder() {
    std::error_code error;
    fs::remove_all(path, error);
  }
};

struct Base {
  std::string label;
  std::string facts_arg;  // --facts value; empty for the bundled starter base
};

void lookups(const Base& base, const std::vector<std::string>& names,
             const std::vector<std::string>& words) {
  const facts::FactBase facts(facts::resolve_facts(base.facts_arg));
  std::mt19937_64 random(5);
  const Date at = *Date::parse_iso("2012-06-15");
  constexpr int kQueries = 20000;
  std::vector<double> resolve_us;
  std::vector<double> search_us;
  std::size_t found = 0;
  for (int i = 0; i < kQueries; ++i) {
    const std::string& name = names[random() % names.size()];
    auto start = Clock::now();
    for (const auto& match : facts.resolve(name))
      found += facts.best_statements(match.entity, "employer", at).size();
    resolve_us.push_back(seconds_since(start) * 1e6);
    const std::string query =
        i % 2 == 0 ? name : words[random() % words.size()] + " " + words[random() % words.size()];
    start = Clock::now();
    found += facts.search(query, 10).size();
    search_us.push_back(seconds_since(start) * 1e6);
  }
  fmt::print(
      "  lookup, {}: resolve + best statements median {:.1f} µs, p99 {:.1f} µs; "
      "search median {:.1f} µs, p99 {:.1f} µs ({} results)\n",
      base.label, percentile(resolve_us, 0.5), percentile(resolve_us, 0.99),
      percentile(search_us, 0.5), percentile(search_us, 0.99), found);
}

/// The floor on the drafts of one language in a folder and its subfolders (real articles
/// written out by corpus_drafts.py, or generated ones; a draft whose front matter names
/// another language is left out), with RE2's default budget and with the project's: real
/// French text needs far more DFA states than generated drafts do.
int floor_of_folder(const std::string& lang_code, const fs::path& folder) {
  const Lang lang = lang_code == "en" ? Lang::en : Lang::fr;
  if (lang_code != "fr" && lang_code != "en")
    throw std::invalid_argument("--floor takes fr or en");
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  const std::string other = lang == Lang::fr ? "\nlang: en\n" : "\nlang: fr\n";
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file())
      continue;
    std::string text = read_whole(entry.path().string());
    const std::size_t front_end = text.find("\n---", 3);
    if (text.rfind("---", 0) == 0 && text.substr(0, front_end + 1).find(other) != std::string::npos)
      continue;
    bytes += text.size();
    texts.push_back(std::move(text));
  }
  if (texts.empty())
    throw std::invalid_argument(fmt::format("no drafts in {}", folder.string()));
  const std::vector<bool> french(texts.size(), lang == Lang::fr);
  const auto rules = RuleSet::load(default_rules_dir());
  const double mb = static_cast<double>(bytes) / 1e6;
  // On a machine shared with other work the CPU time is the steadier figure.
  for (const int mib : {8, 16, 32, 64, 128, 256}) {
    const std::int64_t budget = std::int64_t{mib} << 20;
    const Floor floor(*rules, budget);
    double wall = 1e9;
    double cpu = 1e9;
    for (int i = 0; i < 2; ++i) {
      const std::clock_t start = std::clock();
      wall = std::min(wall, floor.scan(texts, french));
      cpu = std::min(cpu, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    }
    fmt::print(
        "  floor, {} drafts ({:.1f} MB, {}), max_mem {} MiB{}: {:.3f} s CPU = {:.1f} MB/s "
        "({:.3f} s wall)\n",
        texts.size(), mb, lang_code, mib, budget == kRe2SetMemory ? " (the project's)" : "", cpu,
        mb / cpu, wall);
  }
  return 0;
}

int run(const std::string& presscheck, std::size_t megabytes, std::size_t statements, int runs) {
  const ScratchFolder folder{fs::temp_directory_path() /
                             fmt::format("presscheck-lint-bench-{}", ::getpid())};
  const fs::path& scratch = folder.path;
  fs::create_directories(scratch / "cache");
  // Compiled fact bases go to a cache of our own, so the user's cache stays as it was.
  ::setenv("XDG_CACHE_HOME", (scratch / "cache").c_str(), 1);

  char today[32];
  const std::time_t now = std::time(nullptr);
  std::strftime(today, sizeof today, "%Y-%m-%d", std::localtime(&now));
  fmt::print("lint benchmark, {}, {}\n", today, machine());

  const GeneratedFacts generated = generate_facts(statements, scratch / "facts");
  const GeneratedDrafts drafts =
      generate_drafts(generated, megabytes << 20, 4096, scratch / "drafts");
  fmt::print("  {} drafts, {:.1f} MB; generated base of {} statements, {} entities\n",
             drafts.files.size(), static_cast<double>(drafts.bytes) / 1e6, generated.statements,
             generated.names.size());

  // A 4 KB draft for start-up, the size of a news story.
  const fs::path small = scratch / "one.md";
  std::size_t nearest = 0;
  for (std::size_t i = 0; i < drafts.files.size(); ++i) {
    const auto distance = [&](std::size_t k) {
      const auto size = static_cast<long>(fs::file_size(drafts.files[k]));
      return std::abs(size - 4096);
    };
    if (distance(i) < distance(nearest))
      nearest = i;
  }
  fs::copy_file(drafts.files[nearest], small);

  const std::vector<Base> bases = {
      {"starter base", ""},
      {fmt::format("{}k base", statements / 1000), (scratch / "facts").string()}};
  for (const Base& base : bases) {
    // The first run compiles the base into the cache; later runs open the cached file.
    std::vector<std::string> argv = {presscheck, "lint", "--no-color"};
    if (!base.facts_arg.empty())
      argv.insert(argv.end(), {"--facts", base.facts_arg});
    argv.push_back(small.string());
    const ChildRun first = run_presscheck(argv);
    fmt::print("  first run with the {} (compiles it into the cache): {:.2f} s, exit {}\n",
               base.label, first.seconds, first.exit_code);
  }

  const auto rules = RuleSet::load(default_rules_dir());
  const Floor floor(*rules);
  std::vector<std::string> texts;
  texts.reserve(drafts.files.size());
  for (const std::string& file : drafts.files)
    texts.push_back(read_whole(file));
  std::vector<double> floor_runs;
  for (int i = 0; i < 3; ++i)
    floor_runs.push_back(floor.scan(texts, drafts.french));
  const double floor_seconds = *std::min_element(floor_runs.begin(), floor_runs.end());
  const double mb = static_cast<double>(drafts.bytes) / 1e6;
  fmt::print("  floor: RE2::Set of {} rule-pack patterns, {:.3f} s for {:.1f} MB = {:.0f} MB/s\n",
             floor.patterns(), floor_seconds, mb, mb / floor_seconds);

  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  // What the claim checks cost: the same drafts with no fact base at all. Reading claims
  // against a base should take at most twice that time.
  std::map<unsigned, double> without_facts;
  for (unsigned jobs : {1u, cores}) {
    const ChildRun lint = run_presscheck({presscheck, "lint", "--no-color", "--no-facts", "-j",
                                          std::to_string(jobs), (scratch / "drafts").string()});
    without_facts[jobs] = lint.seconds;
    fmt::print("  lint, no fact base, -j {}: {:.2f} s, {:.1f} MB/s, {:.1f}× the floor (exit {})\n",
               jobs, lint.seconds, mb / lint.seconds, lint.seconds / floor_seconds, lint.exit_code);
  }
  for (const Base& base : bases) {
    for (unsigned jobs : {1u, cores}) {
      std::vector<std::string> argv = {presscheck, "lint", "--no-color", "-j",
                                       std::to_string(jobs)};
      if (!base.facts_arg.empty())
        argv.insert(argv.end(), {"--facts", base.facts_arg});
      argv.push_back((scratch / "drafts").string());
      const ChildRun lint = run_presscheck(argv);
      fmt::print(
          "  lint, {}, -j {}: {:.2f} s, {:.1f} MB/s, {:.0f} articles/s, peak RSS {:.0f} MB, "
          "{:.1f}× the floor, {:.2f}× the lint without facts (exit {})\n",
          base.label, jobs, lint.seconds, mb / lint.seconds,
          static_cast<double>(drafts.files.size()) / lint.seconds,
          static_cast<double>(lint.peak_rss_kb) / 1024, lint.seconds / floor_seconds,
          lint.seconds / without_facts[jobs], lint.exit_code);
      std::fflush(stdout);
    }
  }

  for (const Base& base : bases) {
    std::vector<std::string> argv = {presscheck, "lint", "--no-color"};
    if (!base.facts_arg.empty())
      argv.insert(argv.end(), {"--facts", base.facts_arg});
    argv.push_back(small.string());
    std::vector<double> times;
    long rss = 0;
    for (int i = 0; i < runs; ++i) {
      const ChildRun start = run_presscheck(argv);
      times.push_back(start.seconds * 1e3);
      rss = std::max(rss, start.peak_rss_kb);
    }
    fmt::print(
        "  start-up, {}, one {:.1f} KB draft: median {:.1f} ms, p90 {:.1f} ms over {} runs, "
        "peak RSS {:.0f} MB\n",
        base.label, static_cast<double>(fs::file_size(small)) / 1024, percentile(times, 0.5),
        percentile(times, 0.9), runs, static_cast<double>(rss) / 1024);
  }

  std::vector<std::string> starter_names = {"Thierry Breton", "European Commission",
                                            "Commission européenne", "Elon Musk", "Grok"};
  lookups(bases[0], starter_names, generated.words);
  lookups(bases[1], generated.names, generated.words);
  return 0;
}

}  // namespace
}  // namespace presscheck::bench

namespace {

constexpr const char* kUsage =
    "usage: lint_bench PRESSCHECK [--mb N] [--statements N] [--runs N]\n"
    "       lint_bench --generate MB STATEMENTS FOLDER\n"
    "       lint_bench --floor fr|en FOLDER\n";

int bench_main(int argc, char** argv) {
  namespace bench = presscheck::bench;
  using bench::positive_number;
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    fmt::print(args.empty() ? stderr : stdout, "{}", kUsage);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--floor") {
    if (args.size() != 3)
      throw std::invalid_argument("--floor takes LANG FOLDER");
    return bench::floor_of_folder(args[1], args[2]);
  }
  if (args[0] == "--generate") {
    if (args.size() != 4)
      throw std::invalid_argument("--generate takes MB STATEMENTS FOLDER");
    const std::filesystem::path folder = args[3];
    const auto facts =
        bench::generate_facts(positive_number("STATEMENTS", args[2]), folder / "facts");
    const auto drafts = bench::generate_drafts(facts, positive_number("MB", args[1]) << 20, 4096,
                                               folder / "drafts");
    fmt::print("{} drafts ({} bytes) and {} statements written to {}\n", drafts.files.size(),
               drafts.bytes, facts.statements, folder.string());
    return 0;
  }
  const std::string& presscheck = args[0];
  if (::access(presscheck.c_str(), X_OK) != 0 || std::filesystem::is_directory(presscheck))
    throw std::invalid_argument(fmt::format("{} is not a program that can be run", presscheck));
  std::size_t megabytes = 50;
  std::size_t statements = 100000;
  std::size_t runs = 50;
  for (std::size_t i = 1; i < args.size(); i += 2) {
    const std::string& flag = args[i];
    if (flag != "--mb" && flag != "--statements" && flag != "--runs")
      throw std::invalid_argument(fmt::format("unknown option {}", flag));
    if (i + 1 == args.size())
      throw std::invalid_argument(fmt::format("{} needs a value", flag));
    const std::size_t value = positive_number(flag, args[i + 1]);
    (flag == "--mb" ? megabytes : flag == "--statements" ? statements : runs) = value;
  }
  return bench::run(presscheck, megabytes, statements, static_cast<int>(runs));
}

}  // namespace

int main(int argc, char** argv) {
  if (const auto launched = presscheck::bench::launcher_main(argc, argv))
    return *launched;
  try {
    return bench_main(argc, argv);
  } catch (const std::invalid_argument& error) {
    fmt::print(stderr, "lint_bench: {}\n{}", error.what(), kUsage);
    return 2;
  } catch (const std::exception& error) {
    fmt::print(stderr, "lint_bench: {}\n", error.what());
    return 2;
  }
}
