// Golden tests of the machine formats: for every draft in samples/ and for the whole
// folder, `presscheck lint --format F` must print exactly tests/golden/F/<draft>.F.
// After a deliberate change, regenerate with PRESSCHECK_UPDATE_GOLDEN=1 and review the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::read_file;
using testing_support::run_in;

const char* const kFormats[] = {"sarif", "github", "rdjson", "jsonl"};

std::vector<std::string> sample_drafts() {
  std::vector<std::string> drafts;
  for (const auto& entry : fs::recursive_directory_iterator(PRESSCHECK_SOURCE_DIR "/samples")) {
    const std::string extension = entry.path().extension().string();
    if (extension == ".md" || extension == ".txt" || extension == ".html" || extension == ".json") {
      drafts.push_back(fs::relative(entry.path(), PRESSCHECK_SOURCE_DIR).generic_string());
    }
  }
  std::sort(drafts.begin(), drafts.end());
  return drafts;
}

struct GoldenCase {
  std::string format;
  std::string target;  // a draft, or "samples" for the whole folder
};

std::vector<GoldenCase> golden_cases() {
  std::vector<GoldenCase> cases;
  for (const char* format : kFormats) {
    for (const std::string& draft : sample_drafts())
      cases.push_back({format, draft});
    cases.push_back({format, "samples"});
  }
  return cases;
}

void PrintTo(const GoldenCase& c, std::ostream* out) {
  *out << c.format << " " << c.target;
}

bool updating() {
  const char* update = std::getenv("PRESSCHECK_UPDATE_GOLDEN");
  return update != nullptr && *update != '\0';
}

class RenderGolden : public testing::TestWithParam<GoldenCase> {};

TEST_P(RenderGolden, PrintsExactlyTheGoldenFile) {
  const GoldenCase& c = GetParam();
  const fs::path golden =
      fs::path(PRESSCHECK_SOURCE_DIR) / "tests/golden" / c.format / (c.target + "." + c.format);
  const auto result = run_in(PRESSCHECK_SOURCE_DIR, "lint --format " + c.format + " " + c.target);
  if (updating()) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << result.out;
  }
  ASSERT_TRUE(fs::exists(golden)) << "missing golden file " << golden
                                  << " (PRESSCHECK_UPDATE_GOLDEN=1 writes it)";
  EXPECT_EQ(result.out, read_file(golden.string()))
      << "after a deliberate change, run the tests with PRESSCHECK_UPDATE_GOLDEN=1 and review "
         "the diff of tests/golden/";
  EXPECT_EQ(result.err, "");
  // The exit code follows the severities, whatever the format.
  const auto json = run_in(PRESSCHECK_SOURCE_DIR, "lint --format json " + c.target);
  const bool has_error = json.out.find("\"severity\":\"error\"") != std::string::npos;
  EXPECT_EQ(result.exit_code, has_error ? 1 : 0);
}

std::string case_name(const testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.format + "_" + info.param.target;
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Samples, RenderGolden, testing::ValuesIn(golden_cases()), case_name);

}  // namespace
}  // namespace presscheck
