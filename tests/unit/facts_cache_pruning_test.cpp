// The fact base cache stays bounded: a compile removes the bases long unused beyond the
// eight used last, and the notes naming them, and never a base in recent use.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "bundled_rules.hpp"
#include "factbase/cache_pruning.hpp"
#include "factbase/fact_base.hpp"
#include "factbase/open_facts.hpp"
#include "lint/lint_runner.hpp"
#include "scoped_cache_home.hpp"
#include "temp_tree.hpp"

namespace presscheck::facts {
namespace {

namespace fs = std::filesystem;

std::string entity(int number) {
  return R"({"type":"entity","id":"p)" + std::to_string(number) +
         R"(","kind":"person","names":{"fr":["Personne )" + std::to_string(number) + R"("]}})";
}

// Sets a file's access time, the cache's mark of last use, `ago` in the past.
void set_last_use(const fs::path& file, std::chrono::seconds ago) {
  const auto when = std::chrono::system_clock::now() - ago;
  const auto since_epoch = when.time_since_epoch();
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(since_epoch);
  const struct timespec times[2] = {{static_cast<time_t>(seconds.count()), 0}, {0, UTIME_OMIT}};
  ASSERT_EQ(::utimensat(AT_FDCWD, file.c_str(), times, 0), 0) << file;
}

std::chrono::seconds age_of_last_use(const fs::path& file) {
  struct stat info {};
  EXPECT_EQ(::stat(file.c_str(), &info), 0) << file;
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::seconds>(now) -
         std::chrono::seconds(info.st_atim.tv_sec);
}

std::set<std::string> names_starting(const fs::path& folder, const std::string& prefix) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0)
      names.insert(name);
  }
  return names;
}

class FactsCachePruning : public testing::Test {
 protected:
  fs::path cache() const { return dir_.path() / "cache" / "presscheck"; }

  // A base of its own, in a folder of its own, compiled into the cache; its files are old
  // enough for the cache to leave a stat note for them.
  fs::path compile_base(int number) {
    const fs::path folder = dir_.path() / ("base" + std::to_string(number));
    fs::create_directories(folder);
    std::ofstream(folder / "base.jsonl", std::ios::binary) << entity(number) << '\n';
    fs::last_write_time(folder / "base.jsonl",
                        fs::file_time_type::clock::now() - std::chrono::hours(1));
    return resolve_facts(folder.string());
  }

  testing_support::TempTree dir_;
  testing_support::ScopedCacheHome cache_home_{dir_.path() / "cache"};
};

TEST_F(FactsCachePruning, ACompileRemovesTheBasesLongUnusedBeyondTheEightUsedLast) {
  std::vector<fs::path> bases;
  for (int number = 0; number < 10; ++number)
    bases.push_back(compile_base(number));
  ASSERT_EQ(names_starting(cache(), "facts-").size(), 10u);
  ASSERT_EQ(names_starting(cache(), "stat-").size(), 10u);
  // Bases 0 to 9 were last used 10 to 1 days ago.
  for (int number = 0; number < 10; ++number)
    set_last_use(bases[number], std::chrono::hours(24 * (10 - number)));

  const fs::path newest = compile_base(10);
  // The eight used last stay: the new one and bases 3 to 9. The notes of the three removed
  // bases went with them.
  std::set<std::string> expected = {newest.filename().string()};
  for (int number = 3; number < 10; ++number)
    expected.insert(bases[number].filename().string());
  EXPECT_EQ(names_starting(cache(), "facts-"), expected);
  EXPECT_EQ(names_starting(cache(), "stat-").size(), 8u);
  // A removed base is compiled again when it is needed, and reads right.
  const fs::path again = compile_base(0);
  EXPECT_EQ(again, bases[0]);
  EXPECT_EQ(FactBase(again).resolve("Personne 0").size(), 1u);
}

TEST_F(FactsCachePruning, BasesUsedWithinTheHourAreKeptWhateverTheirNumber) {
  for (int number = 0; number < 12; ++number)
    compile_base(number);
  EXPECT_EQ(names_starting(cache(), "facts-").size(), 12u);
  EXPECT_EQ(names_starting(cache(), "stat-").size(), 12u);
}

TEST_F(FactsCachePruning, OpeningACachedBaseMarksItUsedWithoutChangingItsModificationTime) {
  const fs::path base = compile_base(0);
  const auto modified = fs::last_write_time(base);
  set_last_use(base, std::chrono::hours(48));
  ASSERT_GE(age_of_last_use(base), std::chrono::hours(47));

  // Found by its stat note.
  EXPECT_EQ(resolve_facts((dir_.path() / "base0").string()), base);
  EXPECT_LT(age_of_last_use(base), std::chrono::minutes(1));
  EXPECT_EQ(fs::last_write_time(base), modified);

  // Found by the hash of its files, with no note.
  set_last_use(base, std::chrono::hours(48));
  for (const std::string& note : names_starting(cache(), "stat-"))
    fs::remove(cache() / note);
  EXPECT_EQ(resolve_facts((dir_.path() / "base0").string()), base);
  EXPECT_LT(age_of_last_use(base), std::chrono::minutes(1));
}

TEST_F(FactsCachePruning, AnOpenBaseStillReadsAfterItIsPruned) {
  const fs::path base = compile_base(0);
  const FactBase open(base);
  set_last_use(base, std::chrono::hours(48));
  prune_fact_cache(cache(), cache() / "none.db", CacheLimits{0, std::chrono::hours(1)});
  ASSERT_FALSE(fs::exists(base));
  EXPECT_EQ(open.resolve("Personne 0").size(), 1u);
}

// The past fact-checks are read on the first draft that needs them, which for a desk or an
// editor's server may come hours after the base was opened: they are read through the
// base's open connection, not by opening its path again.
TEST_F(FactsCachePruning, PastFactChecksAreStillFoundAfterTheBaseIsPruned) {
  fs::create_directories(dir_.path() / "reviews");
  std::ofstream(dir_.path() / "reviews" / "base.jsonl", std::ios::binary)
      << R"({"type":"claim_review","id":"review-antennes","claim":"Les antennes relais )"
         R"(propagent la grippe aviaire","lang":"fr","claimant":"Un message viral",)"
         R"("claim_date":"2025-01-10","rating":"Faux","verdict":"false","reviewer":"Le desk",)"
         R"("review_date":"2025-01-12","url":"https://verification.example.org/antennes"})"
      << '\n';
  LintSettings settings;
  settings.rules = testing_support::bundled_rules_ptr();
  settings.readers = std::make_shared<const ClaimReaders>(
      settings.rules, std::make_shared<const FactIndex>(std::make_shared<const FactBase>(
                          open_facts((dir_.path() / "reviews").string()))));
  const fs::path base = settings.readers->facts()->base().path();
  set_last_use(base, std::chrono::hours(48));
  prune_fact_cache(cache(), cache() / "none.db", CacheLimits{0, std::chrono::hours(1)});
  ASSERT_FALSE(fs::exists(base));

  const FileReport report =
      lint_text("draft.md",
                "---\ntitle: \"Une rumeur revient\"\ndate: 2025-03-01\nlang: fr\n---\n\n"
                "Selon un message viral, les antennes relais propagent la grippe aviaire.\n",
                settings);
  ASSERT_EQ(report.diagnostics.size(), 1u);
  EXPECT_EQ(report.diagnostics[0].diagnostic.rule, "claim.previously-checked");
  EXPECT_EQ(report.diagnostics[0].location.line, 7u);
}

TEST_F(FactsCachePruning, OnlyCompiledBasesAndTheirNotesAreRemoved) {
  const fs::path base = compile_base(0);
  set_last_use(base, std::chrono::hours(48));
  std::ofstream(cache() / "notes.txt") << "mine";
  std::ofstream(cache() / "facts-by-hand.sqlite") << "mine";
  fs::create_directory(cache() / "facts-folder.db");
  prune_fact_cache(cache(), cache() / "none.db", CacheLimits{0, std::chrono::hours(1)});
  EXPECT_FALSE(fs::exists(base));
  EXPECT_TRUE(names_starting(cache(), "stat-").empty());
  EXPECT_TRUE(fs::exists(cache() / "notes.txt"));
  EXPECT_TRUE(fs::exists(cache() / "facts-by-hand.sqlite"));
  EXPECT_TRUE(fs::is_directory(cache() / "facts-folder.db"));
}

TEST_F(FactsCachePruning, TheBaseJustCompiledIsNeverRemoved) {
  const fs::path base = compile_base(0);
  set_last_use(base, std::chrono::hours(48));
  prune_fact_cache(cache(), base, CacheLimits{0, std::chrono::hours(1)});
  EXPECT_TRUE(fs::exists(base));
}

}  // namespace
}  // namespace presscheck::facts
