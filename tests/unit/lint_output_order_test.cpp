// `lint` writes the path-ordered formats (text, github) file by file when the drafts
// come in path order, and holds them otherwise: the output is the same whatever order
// the drafts are named in, or whether one is named twice.
#include <gtest/gtest.h>

#include "run_binary.hpp"

namespace presscheck {
namespace {

using testing_support::run_presscheck;

const std::string kFrench = "samples/fr/grok-titre-nie-la-citation.md";
const std::string kEnglish = "samples/en/budget-misquote.md";

TEST(LintOutputOrder, TextAndGithubFollowThePathsNotTheCommandLine) {
  for (const std::string format : {"text", "github"}) {
    const auto in_order =
        run_presscheck("lint --no-facts --format " + format + " " + kEnglish + " " + kFrench);
    const auto reversed =
        run_presscheck("lint --no-facts --format " + format + " " + kFrench + " " + kEnglish);
    ASSERT_EQ(in_order.exit_code, 1) << in_order.out;
    EXPECT_LT(in_order.out.find(kEnglish), in_order.out.find(kFrench)) << in_order.out;
    EXPECT_EQ(reversed.out, in_order.out) << format;
  }
}

TEST(LintOutputOrder, ADraftNamedTwiceHasItsFindingsSideBySide) {
  const auto twice = run_presscheck("lint --no-facts --format github " + kEnglish + " " + kEnglish);
  const auto once = run_presscheck("lint --no-facts --format github " + kEnglish);
  // Each finding twice in a row, as the whole run's sort by place puts them.
  std::string doubled;
  std::size_t from = 0;
  for (std::size_t end; (end = once.out.find('\n', from)) != std::string::npos; from = end + 1) {
    const std::string line = once.out.substr(from, end + 1 - from);
    doubled += line + line;
  }
  ASSERT_FALSE(once.out.empty());
  EXPECT_EQ(twice.out, doubled);
}

}  // namespace
}  // namespace presscheck
