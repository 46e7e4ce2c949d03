// lint_all hands reports to its sink in input order, one call at a time, whatever order the
// workers finish in, also when the sink is slow (a renderer writing to a full pipe).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "lint/lint_runner.hpp"
#include "lint/lint_setup.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::TempTree;

TEST(LintRunner, ASlowSinkStillGetsEveryReportInInputOrderOneAtATime) {
  TempTree tree;
  std::vector<std::string> inputs;
  for (int i = 0; i < 64; ++i) {
    // Every eighth draft is long, so that later ones finish first.
    std::string body = i % 8 == 0 ? std::string(2000, 'x') + " dit « très au sérieux ».\n\n"
                                  : "Le ministre a parlé lundi.\n\n";
    for (int repeat = 0; i % 8 == 0 && repeat < 6; ++repeat)
      body += body;
    const std::string name = "d" + std::to_string(i) + ".md";
    inputs.push_back(tree.write(name, "# Titre " + std::to_string(i) + "\n\n" + body));
  }
  LintSetup setup = set_up_lint({.lang = "fr", .no_facts = true, .jobs = 4});
  std::vector<std::string> seen;
  std::atomic<int> inside{0};
  std::atomic<bool> overlapped{false};
  lint_all(inputs, setup.settings, setup.configs, [&](const FileReport& report) {
    if (inside.fetch_add(1) != 0)
      overlapped = true;
    seen.push_back(report.path);
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    inside.fetch_sub(1);
  });
  EXPECT_FALSE(overlapped);
  EXPECT_EQ(seen, inputs);
}

}  // namespace
}  // namespace presscheck
