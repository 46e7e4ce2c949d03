// The fact base cache recognises unchanged JSON Lines files by path, size and time, without
// reading them, and still notices every change.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "factbase/fact_base.hpp"
#include "factbase/open_facts.hpp"
#include "scoped_cache_home.hpp"
#include "temp_tree.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;

void write_settled(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  // Old enough for the stat key to be trusted.
  fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::hours(1));
}

std::size_t stat_notes(const fs::path& cache) {
  std::size_t notes = 0;
  for (const auto& entry : fs::directory_iterator(cache))
    notes += entry.path().filename().string().rfind("stat-v", 0) == 0 ? 1 : 0;
  return notes;
}

class FactsStatCache : public testing::Test {
 protected:
  void SetUp() override { fs::create_directory(dir_.path() / "facts"); }
  fs::path facts() const { return dir_.path() / "facts"; }
  fs::path cache() const { return dir_.path() / "cache" / "presscheck"; }

  testing_support::TempTree dir_;
  testing_support::ScopedCacheHome cache_home_{dir_.path() / "cache"};
};

constexpr const char* kAda =
    R"({"type":"entity","id":"ada","kind":"person","names":{"fr":["Ada Martin"]}})";
constexpr const char* kZoe =
    R"({"type":"entity","id":"zoe","kind":"person","names":{"fr":["Zoé Martin"]}})";

TEST_F(FactsStatCache, SettledFilesAreRecognisedAndChangesStillSeen) {
  write_settled(facts() / "base.jsonl", kAda);
  const fs::path first = resolve_facts(facts().string());
  EXPECT_EQ(stat_notes(cache()), 1u);
  EXPECT_EQ(resolve_facts(facts().string()), first);

  write_settled(facts() / "base.jsonl", kZoe);
  const fs::path second = resolve_facts(facts().string());
  EXPECT_NE(second, first);
  EXPECT_EQ(FactBase(second).resolve("Zoé Martin").size(), 1u);
  EXPECT_TRUE(FactBase(second).resolve("Ada Martin").empty());
}

TEST_F(FactsStatCache, ANoteNamingAMissingDatabaseIsIgnored) {
  write_settled(facts() / "base.jsonl", kAda);
  const fs::path first = resolve_facts(facts().string());
  fs::remove(first);
  EXPECT_EQ(resolve_facts(facts().string()), first);
  EXPECT_TRUE(fs::is_regular_file(first));
}

TEST_F(FactsStatCache, FreshFilesAreHashedNotNoted) {
  std::ofstream(facts() / "base.jsonl") << kAda;
  resolve_facts(facts().string());
  EXPECT_EQ(stat_notes(cache()), 0u);
}

}  // namespace
}  // namespace presscheck::facts
