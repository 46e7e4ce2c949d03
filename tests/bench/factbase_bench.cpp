// Measures the fact base: build time, name resolution plus statements at a date, text
// search latency and `presscheck lookup` latency (search, cards and their text), on synthetic bases
// of the sizes asked (default 10k, 100k and 1M statements). `factbase_bench --generate N FOLDER`
// only writes a synthetic base.

#include <fmt/format.h>
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_args.hpp"
#include "bench_timing.hpp"
#include "factbase/fact_base.hpp"
#include "factbase/operations.hpp"
#include "factbase/quote_index.hpp"
#include "generate_facts.hpp"
#include "render/cards/fact_card.hpp"
#include "render/cards/fact_card_text.hpp"

namespace presscheck::bench {
namespace {

namespace fs = std::filesystem;

// CPU time of this thread: on a machine shared with builds, a lookup preempted for a
// scheduler slice (about 4 ms) says nothing of the lookup, and wall time alone hides that.
double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

long peak_rss_mb() {
  FILE* status = std::fopen("/proc/self/status", "r");
  if (status == nullptr)
    return -1;
  char line[256];
  long kilobytes = -1;
  while (std::fgets(line, sizeof line, status) != nullptr) {
    if (std::sscanf(line, "VmHWM: %ld kB", &kilobytes) == 1)
      break;
  }
  std::fclose(status);
  return kilobytes / 1024;
}

void run(std::size_t size, const fs::path& scratch) {
  const fs::path folder = scratch / fmt::format("facts-{}", size);
  const GeneratedFacts generated = generate_facts(size, folder);
  const fs::path db = scratch / fmt::format("facts-{}.db", size);
  fs::remove(db);

  const auto build_start = Clock::now();
  const facts::CheckedFacts checked = facts::check_fact_files({folder.string()});
  if (!checked.problems.empty()) {
    fmt::print("generated base has problems: {}\n", facts::format_problem(checked.problems[0]));
    std::exit(1);
  }
  const double load_time = seconds_since(build_start);
  facts::write_database(checked.set, db, facts::Journal::wal);
  const double build_time = seconds_since(build_start);

  const auto open_start = Clock::now();
  const facts::FactBase base(db);
  const double open_time = seconds_since(open_start);

  std::mt19937_64 random(7);
  constexpr int kLookups = 20000;
  const Date at = *Date::parse_iso("2012-06-15");
  std::vector<double> lookup_us;
  std::size_t found = 0;
  for (int i = 0; i < kLookups; ++i) {
    const std::string& name = generated.names[random() % generated.names.size()];
    const auto start = Clock::now();
    for (const auto& match : base.resolve(name)) {
      found += base.best_statements(match.entity, "employer", at).size();
    }
    lookup_us.push_back(seconds_since(start) * 1e6);
  }

  // A mix of what a checker would search: full names, shared surnames, words of quotes.
  auto next_query = [&](int i) {
    switch (i % 4) {
      case 0:
      case 1:
        return generated.names[random() % generated.names.size()];
      case 2:
        return generated.surnames[random() % generated.surnames.size()];
      default:
        return generated.words[random() % generated.words.size()] + " " +
               generated.words[random() % generated.words.size()];
    }
  };
  constexpr int kSearches = 20000;
  std::vector<double> search_us;
  std::size_t hits = 0;
  for (int i = 0; i < kSearches; ++i) {
    const std::string query = next_query(i);
    const auto start = Clock::now();
    hits += base.search(query, 10).size();
    search_us.push_back(seconds_since(start) * 1e6);
  }

  // What `presscheck lookup QUERY` does once the base is open: search, build the cards of
  // the five best entities at the date (statements, sources, quotes) and write their text.
  const facts::QuoteIndex quotes(db);
  const Style plain(false);
  CardNames names(base);
  std::vector<double> card_us;
  std::vector<double> card_cpu_us;
  std::size_t cards = 0;
  std::size_t card_bytes = 0;
  for (int i = 0; i < kSearches; ++i) {
    const std::string query = next_query(i);
    const auto start = Clock::now();
    const double cpu_start = thread_cpu_seconds();
    const LookupResult result = lookup(base, quotes, query, at, 5);
    card_bytes += render_lookup_text(result, names, Lang::en, plain).size();
    card_cpu_us.push_back((thread_cpu_seconds() - cpu_start) * 1e6);
    card_us.push_back(seconds_since(start) * 1e6);
    cards += result.cards.size();
  }

  fmt::print(
      "{:>9} statements ({} entities): build {:.2f} s (read+validate {:.2f} s), db {} MB, "
      "open {:.2f} ms\n",
      generated.statements, generated.names.size(), build_time, load_time,
      fs::file_size(db) / (1024 * 1024), open_time * 1e3);
  fmt::print(
      "          resolve + best statements at a date: median {:.1f} µs, p99 {:.1f} µs "
      "({} statements found)\n",
      percentile(lookup_us, 0.5), percentile(lookup_us, 0.99), found);
  fmt::print("          text search: p50 {:.1f} µs, p99 {:.1f} µs ({} hits)\n",
             percentile(search_us, 0.5), percentile(search_us, 0.99), hits);
  fmt::print(
      "          lookup (search + 5 cards + text): p50 {:.1f} µs, p99 {:.1f} µs; on CPU p50 "
      "{:.1f} µs, p99 {:.1f} µs ({} cards, {} KB of text)\n",
      percentile(card_us, 0.5), percentile(card_us, 0.99), percentile(card_cpu_us, 0.5),
      percentile(card_cpu_us, 0.99), cards, card_bytes / 1024);
  fmt::print("          peak memory so far: {} MB\n", peak_rss_mb());
  std::fflush(stdout);
  fs::remove_all(folder);
  fs::remove(db);
}

}  // namespace
}  // namespace presscheck::bench

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  using namespace presscheck::bench;
  const std::vector<std::string> args(argv + 1, argv + argc);
  constexpr const char* kUsage =
      "usage: factbase_bench [STATEMENTS...]   (default: 10000 100000 1000000)\n"
      "       factbase_bench --generate STATEMENTS FOLDER\n";
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    fmt::print("{}", kUsage);
    return 0;
  }
  try {
    if (!args.empty() && args[0] == "--generate") {
      if (args.size() != 3)
        throw std::invalid_argument("--generate takes STATEMENTS FOLDER");
      const auto generated = generate_facts(positive_number("STATEMENTS", args[1]), args[2]);
      fmt::print("{} statements written to {}\n", generated.statements, args[2]);
      return 0;
    }
    std::vector<std::size_t> sizes;
    for (const std::string& arg : args)
      sizes.push_back(positive_number("STATEMENTS", arg));
    if (sizes.empty())
      sizes = {10000, 100000, 1000000};
    const fs::path scratch =
        fs::temp_directory_path() / fmt::format("presscheck-bench-{}", ::getpid());
    fs::create_directories(scratch);
    for (std::size_t size : sizes)
      run(size, scratch);
    fs::remove_all(scratch);
    return 0;
  } catch (const std::invalid_argument& error) {
    fmt::print(stderr, "factbase_bench: {}\n{}", error.what(), kUsage);
    return 2;
  }
}
