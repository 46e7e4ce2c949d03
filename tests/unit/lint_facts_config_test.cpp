// Which fact base `presscheck lint` reads: --facts, else the `facts` key of the
// .presscheck.toml of the folder it runs in, else the bundled starter base.
#include <gtest/gtest.h>

#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::run_in;
using testing_support::TempTree;

const char* const kFixture =
    R"({"type":"source","id":"ruling","url":"https://example.org/ruling","title":"Ruling"})"
    "\n"
    R"({"type":"entity","id":"acme-rail","kind":"organization","names":{"fr":["Acme Rail"],"en":["Acme Rail"]}})"
    "\n"
    R"({"type":"property","id":"fine","value_type":"money","labels":{"fr":["amende"],"en":["fine"]}})"
    "\n"
    R"({"type":"statement","id":"acme-fine","subject":"acme-rail","property":"fine","value":{"amount":45000000,"currency":"EUR"},"point_in_time":{"date":"2025-11-20","precision":"day"},"sources":["ruling"]})"
    "\n";

const char* const kDraft =
    "---\ntitle: Acme Rail condamné\ndate: 2025-11-21\nlang: fr\n---\n\n"
    "Acme Rail a écopé jeudi d'une amende de 4,5 millions d'euros.\n";

TEST(LintFactsConfig, TheFolderConfigurationNamesTheFactBase) {
  TempTree tree;
  tree.write("newsroom-facts/base.jsonl", kFixture);
  tree.write(".presscheck.toml", "facts = \"newsroom-facts\"\n");
  tree.write("draft.md", kDraft);
  const auto result = run_in(tree.path(), "lint draft.md");
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("draft.md:7:41: error: « 4,5 millions d'euros » contredit la base de "
                            "faits : amende de Acme Rail"),
            std::string::npos)
      << result.out;
  // Without the configuration, the starter base knows nothing of Acme Rail.
  EXPECT_EQ(run_in(tree.path(), "lint --no-facts draft.md").exit_code, 0);
}

TEST(LintFactsConfig, TheFlagBeatsTheConfiguration) {
  TempTree tree;
  tree.write("newsroom-facts/base.jsonl", kFixture);
  tree.write(".presscheck.toml", "facts = \"no-such-folder\"\n");
  tree.write("draft.md", kDraft);
  EXPECT_EQ(run_in(tree.path(), "lint --facts newsroom-facts draft.md").exit_code, 1);
}

TEST(LintFactsConfig, OneRunReadsOneFactBase) {
  TempTree tree;
  tree.write(".presscheck.toml", "facts = [\"a\", \"b\"]\n");
  tree.write("draft.md", kDraft);
  const auto result = run_in(tree.path(), "lint draft.md");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(".presscheck.toml:1: `facts` lists 2 fact bases; one run reads one"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace presscheck
