// Hostile drafts through the whole lint, as a user runs it: a file far too large to be a
// draft, a device, and quotes nested ten thousand deep. Each gets a clear finding or a clean run,
// never a crash, and the other files are still linted.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>

#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::run_presscheck;
using testing_support::TempTree;

const std::string kNegatedDraft =
    "---\ntitle: \"L'UE ne « prend pas très au sérieux » les vidéos\"\nlang: fr\n---\n\n"
    "La Commission prend « très au sérieux » ces vidéos.\n";

// The largest resident set of any child this test process has waited for, in megabytes.
long children_peak_rss_mb() {
  rusage usage{};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024;
}

TEST(BadInput, A200MegabyteFileIsReportedWithoutBeingRead) {
  TempTree tree;
  const fs::path huge = tree.path() / "archive.md";
  {
    // Sparse: the test costs no disk, and the size is what the runner looks at.
    std::ofstream out(huge, std::ios::binary);
    out << "# Un titre\n\nUn texte.\n";
  }
  fs::resize_file(huge, 200u << 20);
  const std::string negated = tree.write("negated.md", kNegatedDraft);
  const auto result = run_presscheck("lint --no-color " + tree.path().string());
  // input.too-large is an error: exit 1, as for any error-level finding.
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find(huge.string() +
                            ":1:1: error: the file is over 16 MiB: not a draft, so it was not "
                            "checked [input.too-large]"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(negated + ":2:14: error:"), std::string::npos) << result.out;
  // Reading the file would take 200 MB at least; even a sanitizer build stays far below.
  EXPECT_LT(children_peak_rss_mb(), 150) << "the large file was read";
}

TEST(BadInput, AnEndlessStandardInputIsCutAndReportedAsTooLarge) {
  // /dev/zero never ends: without a bound the run would read until memory ran out.
  const auto result = run_presscheck("lint --no-color - < /dev/zero");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out,
            "<stdin>:1:1: error: the file is over 16 MiB: not a draft, so it was not checked "
            "[input.too-large]\n1 error in 1 file\n");
  // Read whole, the endless input would take gigabytes; the bound leaves room for ASan's
  // shadow memory and quarantine, which alone pass 150 MB here.
#if defined(__SANITIZE_ADDRESS__)
  constexpr long kBoundMb = 400;
#else
  constexpr long kBoundMb = 150;
#endif
  EXPECT_LT(children_peak_rss_mb(), kBoundMb) << "standard input was read whole";
}

TEST(BadInput, ADeviceNamedOnTheCommandLineIsNotRead) {
  // /dev/zero never ends and /dev/null is no draft: only regular files are read.
  const auto result = run_presscheck("lint --no-color /dev/zero /dev/null");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out,
            "/dev/null:1:1: error: not a regular file (a FIFO, socket or device): it was not "
            "read [input.unreadable]\n"
            "/dev/zero:1:1: error: not a regular file (a FIFO, socket or device): it was not "
            "read [input.unreadable]\n"
            "2 errors in 2 files\n");
}

TEST(BadInput, TenThousandNestedQuotesGoThroughTheWholeLint) {
  TempTree tree;
  constexpr int kDepth = 10000;
  std::string french = "---\ntitle: \"Le ministre « répond »\"\nlang: fr\n---\n\nIl a dit ";
  std::string english = "---\ntitle: \"The minister \\\"replies\\\"\"\nlang: en\n---\n\nHe said ";
  for (int i = 0; i < kDepth; ++i) {
    french += "« ";
    english += i % 2 == 0 ? "“" : "\"";
  }
  french += "non";
  english += "no";
  for (int i = 0; i < kDepth; ++i) {
    french += " »";
    english += kDepth % 2 == (i % 2) ? "\"" : "”";
  }
  const std::string fr = tree.write("imbrique.md", french + ".\n");
  const std::string en = tree.write("nested.md", english + ".\n");
  const std::string negated = tree.write("negated.md", kNegatedDraft);
  const auto result = run_presscheck("lint --no-color --format json " + tree.path().string());
  EXPECT_EQ(result.exit_code, 1) << result.out;
  // Every file has its report, the planted finding included: nothing stopped the run.
  EXPECT_NE(result.out.find("imbrique.md"), std::string::npos);
  EXPECT_NE(result.out.find("nested.md"), std::string::npos);
  EXPECT_NE(result.out.find("headline.negated-quote"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("\"rule\": \"input."), std::string::npos) << result.out;
}

TEST(BadInput, APageNestedDeeperThanAnyArticleIsCheckedUpToThereAndSaysSo) {
  TempTree tree;
  std::string page = "<html><body><h1>Un titre</h1><p>Avant.</p>\n";
  for (int i = 0; i < 100'000; ++i)
    page += "<div>";
  page += "<p>Après.</p></body></html>\n";
  const std::string path = tree.write("page.html", page);
  const auto result = run_presscheck("lint --no-color --lang en " + path);
  EXPECT_EQ(result.exit_code, 1) << result.out;
  // The stop is reported where it happened, on the second line, not as a silent cut.
  EXPECT_NE(result.out.find(path + ":2:"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("error: the page nests its tags deeper than any article from here "
                            "on: the rest was not checked [input.too-large]"),
            std::string::npos)
      << result.out;
}

TEST(BadInput, AMissingHeadlineSaysWhereEachFormatLooksForIt) {
  TempTree tree;
  const std::string html = tree.write("page.html", "<html><body><p>Some text.</p></body></html>\n");
  const std::string ninjs = tree.write("item.json", R"({"uri": "x", "body_text": "Some text."})");
  const std::string markdown = tree.write("draft.md", "Some text, and no heading.\n");
  const auto result =
      run_presscheck("lint --no-color --lang en " + html + " " + ninjs + " " + markdown);
  EXPECT_EQ(result.exit_code, 0) << result.out;
  // Each is placed where the draft's text starts.
  EXPECT_NE(result.out.find(html + ":1:16: warning: no headline found (og:title, the article's "
                                   "<h1> or the page's <title>) [input.no-headline]"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(ninjs + ":1:28: warning: no headline found (a `headline` or "
                                    "`headlines` field) [input.no-headline]"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(markdown + ":1:1: warning: no headline found (front matter `title` "
                                       "or a `# ` heading) [input.no-headline]"),
            std::string::npos)
      << result.out;
}

}  // namespace
}  // namespace presscheck
