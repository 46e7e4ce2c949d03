// The whole lint against hostile inputs, as a user or a CI job meets them: a 16 MiB word,
// 16 MiB of long capitalised words, thousands of near misses on one line, a FIFO in a
// folder and on the command line, a symbolic link loop, control characters in drafts and
// in file names; then fact files with a name of a megabyte or control characters. Each run
// is bounded by `timeout`, so a regression fails in seconds instead of hanging the suite,
// and its processor time is checked against a budget.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "temp_tree.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::CommandResult;
using testing_support::run_in;
using testing_support::TempTree;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// A sanitizer build runs several times slower: it lints a quarter of the text, which a
// quadratic step would still make last for hours.
constexpr std::size_t kLargeDraftBytes = kSanitized ? 4u << 20 : 16u << 20;
// Processor seconds a large draft may take; each takes under one in a release build.
constexpr double kCpuBudget = kSanitized ? 20.0 : 6.0;
constexpr int kKillAfterSeconds = 60;

double children_cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// One bounded run of presscheck and the processor time it took.
struct TimedRun {
  CommandResult result;
  double cpu_seconds = 0;
};

TimedRun run_bounded(const fs::path& folder, const std::string& args,
                     int seconds = kKillAfterSeconds) {
  const double before = children_cpu_seconds();
  // run_in writes its environment words before the binary: `timeout` fits there.
  TimedRun run{run_in(folder, args, "timeout -s KILL " + std::to_string(seconds)), 0};
  run.cpu_seconds = children_cpu_seconds() - before;
  return run;
}

const std::string kFrontMatter = "---\ntitle: \"Le ministre parle\"\nlang: fr\n---\n\n";
const std::string kNegatedDraft =
    "---\ntitle: \"L'UE ne « prend pas très au sérieux » les vidéos\"\nlang: fr\n---\n\n"
    "La Commission prend « très au sérieux » ces vidéos.\n";

// Deterministic letters, so that a failure can be replayed.
class Letters {
 public:
  char next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return "aeioulnrst"[(state_ >> 33) % 10];
  }
  std::size_t length(std::size_t from, std::size_t to) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return from + (state_ >> 33) % (to - from);
  }

 private:
  std::uint64_t state_ = 17;
};

TEST(Reliability, ALargeDraftOfOneWordIsLintedInASecondOrTwo) {
  TempTree tree;
  const std::string head = kFrontMatter + "Le ministre B";
  const std::string tail = " a parlé.\n";
  std::string draft = head + std::string(kLargeDraftBytes - head.size() - tail.size(), 'r') + tail;
  ASSERT_EQ(draft.size(), kLargeDraftBytes);
  tree.write("mot.md", draft);
  const TimedRun run = run_bounded(tree.path(), "lint --no-color mot.md");
  EXPECT_EQ(run.result.exit_code, 0) << run.result.err;
  EXPECT_EQ(run.result.out, "0 problème dans 1 fichier\n");
  EXPECT_LT(run.cpu_seconds, kCpuBudget);
}

TEST(Reliability, ALargeDraftOfLongCapitalisedWordsIsLintedInASecondOrTwo) {
  TempTree tree;
  Letters letters;
  std::string draft = kFrontMatter;
  while (draft.size() < kLargeDraftBytes - 5000) {
    draft += 'B';
    for (std::size_t n = letters.length(20, 4000); n > 0; --n)
      draft += letters.next();
    draft += ' ';
  }
  draft += '\n';
  tree.write("mots.md", draft);
  const TimedRun run = run_bounded(tree.path(), "lint --no-color mots.md");
  EXPECT_EQ(run.result.exit_code, 0) << run.result.err;
  EXPECT_EQ(run.result.out, "0 problème dans 1 fichier\n");
  EXPECT_LT(run.cpu_seconds, kCpuBudget);
}

TEST(Reliability, ThirtyThousandNearMissesOnOneLineAreReportedInLinearTime) {
  // Each finding used to copy its whole line, and each was compared with all the others.
  TempTree tree;
  std::string draft = kFrontMatter;
  for (int i = 0; i < 30000; ++i)
    draft += "Thierry Bretton a dit. ";
  tree.write("bretton.md", draft + "\n");
  const TimedRun run = run_bounded(tree.path(), "lint --no-color bretton.md");
  EXPECT_EQ(run.result.exit_code, 0) << run.result.err;
  const std::string& out = run.result.out;
  const std::string last =
      "bretton.md:6:689978: warning: « Thierry Bretton » ressemble à « Thierry Breton », "
      "l'orthographe connue de ce nom [fact.name-spelling]\n"
      "    6 | …a dit. Thierry Bretton a dit. Thierry Bretton a dit. \n"
      "      |                                ^~~~~~~~~~~~~~~\n"
      "bretton.md:6:689978: help: écrire plutôt Thierry Breton\n"
      "30000 avertissements dans 1 fichier\n";
  ASSERT_GE(out.size(), last.size());
  EXPECT_EQ(out.substr(out.size() - last.size()), last);
  EXPECT_LT(run.cpu_seconds, kCpuBudget);
}

TEST(Reliability, AParagraphOfThousandsOfQuotesFiguresAndNegationsIsLintedInLinearTime) {
  // Each value's topic read every value of the paragraph, and each quote every sentence and
  // every name: a mebibyte of figures took 9 s, four took two minutes.
  TempTree tree;
  const std::string sentence =
      "« Il ne viendra pas », a dit Emmanuel Macron de 1,8 milliard d'euros, 3 % et 12 mars "
      "2024. ";
  std::string draft = kFrontMatter;
  while (draft.size() + sentence.size() < kLargeDraftBytes / 4)
    draft += sentence;
  tree.write("paragraphe.md", draft + "\n");
  const TimedRun run = run_bounded(tree.path(), "lint --no-color paragraphe.md");
  EXPECT_EQ(run.result.exit_code, 0) << run.result.err;
  EXPECT_EQ(run.result.out, "0 problème dans 1 fichier\n");
  EXPECT_LT(run.cpu_seconds, kCpuBudget);
}

TEST(Reliability, AStandfirstEchoingOneEndlessBodySentenceIsLintedInLinearTime) {
  // Each body figure compared with the standfirst's read its whole sentence to find its
  // words: half a mebibyte in one sentence of figures took 56 s a mebibyte.
  TempTree tree;
  const std::string clause = "le groupe a versé 640 millions aux salariés et ";
  std::string draft =
      "---\ntitle: \"Le groupe a versé 120 millions aux salariés\"\nstandfirst: \"Le groupe a "
      "versé 130 millions aux salariés et le groupe a versé 20 millions\"\nlang: fr\n---\n\n";
  while (draft.size() + clause.size() < kLargeDraftBytes / 8)
    draft += clause;
  tree.write("phrase.md", draft + "fin.\n");
  const TimedRun run = run_bounded(tree.path(), "lint --no-color --no-facts phrase.md");
  EXPECT_EQ(run.result.exit_code, 1) << run.result.err;  // the standfirst's 130 and 20
  EXPECT_NE(run.result.out.find("le chapô donne « 130 millions »"), std::string::npos)
      << run.result.out.substr(0, 2000);
  EXPECT_LT(run.cpu_seconds, kCpuBudget);
}

// Thousands of quotes in a headline and in the body: each headline quote was compared with
// every body quote, the body quote's words stemmed again each time (2,000 of each took 13 s).
std::string many_quotes_draft(const std::string& title_quote, const std::string& body_quote,
                              const char* open, const char* close, const char* lang) {
  const std::vector<std::string> words{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
  Letters letters;
  auto quote = [&] {
    std::string text = open;
    for (int i = 0; i < 3; ++i)
      text += (i > 0 ? " " : "") + words[letters.length(0, words.size())];
    return text + close;
  };
  std::string title = title_quote;
  std::string body = body_quote + "\n\n";
  for (int i = 0; i < 3000; ++i) {
    title += " " + quote();
    body += "Il a dit " + quote() + ".\n";
  }
  return "---\ntitle: '" + title + "'\nlang: " + lang + "\n---\n\n" + body;
}

TEST(Reliability, AHeadlineOfThousandsOfQuotesIsComparedWithTheBodyInLinearTime) {
  TempTree tree;
  tree.write("fr.md", many_quotes_draft("L''UE ne « prend pas très au sérieux » les vidéos",
                                        "La Commission prend « très au sérieux » ces vidéos.", "« ",
                                        " »", "fr"));
  tree.write("en.md",
             many_quotes_draft("Minister \"won''t sign\" the deal",
                               "The minister said she \"will sign\" the deal.", "\"", "\"", "en"));
  for (const char* file : {"fr.md", "en.md"}) {
    const TimedRun run =
        run_bounded(tree.path(), std::string("lint --no-color --no-facts ") + file);
    EXPECT_EQ(run.result.exit_code, 1) << run.result.err;
    EXPECT_NE(run.result.out.find("[headline.negated-quote]"), std::string::npos)
        << run.result.out.substr(0, 2000);
    EXPECT_LT(run.cpu_seconds, kCpuBudget) << file;
  }
}

TEST(Reliability, AFifoInAFolderIsSkippedAndTheOtherDraftsAreLinted) {
  TempTree tree;
  ASSERT_EQ(::mkfifo((tree.path() / "tube.md").c_str(), 0600), 0);
  tree.write("negated.md", kNegatedDraft);
  const TimedRun run = run_bounded(tree.path(), "lint --no-color .", 20);
  EXPECT_EQ(run.result.exit_code, 1) << run.result.err;  // 137: it waited on the FIFO
  EXPECT_EQ(run.result.out.find("tube.md"), std::string::npos) << run.result.out;
  EXPECT_NE(run.result.out.find("./negated.md:2:14: error:"), std::string::npos);
  EXPECT_NE(run.result.out.find("1 erreur dans 1 fichier\n"), std::string::npos);
}

TEST(Reliability, AFifoNamedOnTheCommandLineGetsAFindingNotAWait) {
  TempTree tree;
  ASSERT_EQ(::mkfifo((tree.path() / "tube.md").c_str(), 0600), 0);
  const TimedRun en = run_bounded(tree.path(), "lint --no-color tube.md", 20);
  EXPECT_EQ(en.result.exit_code, 1);
  EXPECT_EQ(en.result.out,
            "tube.md:1:1: error: not a regular file (a FIFO, socket or device): it was not read "
            "[input.unreadable]\n1 error in 1 file\n");
  const TimedRun fr = run_bounded(tree.path(), "lint --no-color --lang fr tube.md", 20);
  EXPECT_EQ(fr.result.out,
            "tube.md:1:1: error: ce n'est pas un fichier ordinaire (tube nommé, socket ou "
            "périphérique) : il n'est pas lu [input.unreadable]\n1 erreur dans 1 fichier\n");
}

TEST(Reliability, ASymbolicLinkLoopIsReportedAsALoop) {
  TempTree tree;
  fs::create_symlink("boucle.md", tree.path() / "boucle.md");
  const TimedRun named = run_bounded(tree.path(), "lint --no-color boucle.md boucle.md/x.md");
  EXPECT_EQ(named.result.exit_code, 1);
  EXPECT_EQ(named.result.out,
            "boucle.md:1:1: error: the symbolic links of this path form a loop: it leads to no "
            "file [input.unreadable]\n"
            "boucle.md/x.md:1:1: error: the symbolic links of this path form a loop: it leads to "
            "no file [input.unreadable]\n"
            "2 errors in 2 files\n");
  const TimedRun walked = run_bounded(tree.path(), "lint --no-color --lang fr .");
  EXPECT_EQ(walked.result.out,
            "./boucle.md:1:1: error: les liens symboliques de ce chemin forment une boucle : il "
            "ne mène à aucun fichier [input.unreadable]\n"
            "1 erreur dans 1 fichier\n");
}

const std::string kSource =
    R"({"type":"source","id":"s","url":"https://example.org/s","title":"S"})"
    "\n";

std::string entity_named(const std::string& id, const std::string& name,
                         const std::string& alias = "") {
  return R"({"type":"entity","id":")" + id + R"(","kind":"person","names":{"fr":[")" + name +
         R"("]})" + (alias.empty() ? "" : R"(,"aliases":{"en":[")" + alias + R"("]})") + "}\n";
}

TEST(Reliability, ANameOverAThousandBytesIsRefusedWithItsPlaceAndNothingIsBuilt) {
  TempTree tree;
  const std::string longest(1000, 'a');
  tree.write("noms.jsonl", kSource + entity_named("ok", longest) +
                               entity_named("long", longest + "b") +
                               entity_named("huge", "Huge", std::string(1u << 20, 'c')));
  const TimedRun validate = run_bounded(tree.path(), "facts validate noms.jsonl", 20);
  EXPECT_EQ(validate.result.exit_code, 2);
  EXPECT_EQ(validate.result.out,
            "noms.jsonl:3: \"names.fr\" holds a name of 1001 bytes (at most 1000)\n"
            "noms.jsonl:4: \"aliases.en\" holds a name of 1048576 bytes (at most 1000)\n");
  EXPECT_EQ(validate.result.err, "presscheck: 2 problems found\n");
  EXPECT_LT(validate.cpu_seconds, kCpuBudget);
  const TimedRun build = run_bounded(tree.path(), "facts build noms.jsonl -o noms.db", 20);
  EXPECT_EQ(build.result.exit_code, 2);
  EXPECT_EQ(build.result.err,
            "noms.jsonl:3: \"names.fr\" holds a name of 1001 bytes (at most 1000)\n"
            "noms.jsonl:4: \"aliases.en\" holds a name of 1048576 bytes (at most 1000)\n"
            "presscheck: error: 2 problems in the fact files; nothing was written\n");
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(tree.path()))
    names.push_back(entry.path().filename().string());
  EXPECT_EQ(names, std::vector<std::string>{"noms.jsonl"});
}

TEST(Reliability, LookupPrintsTheControlCharactersOfAFactBaseEscaped) {
  TempTree tree;
  tree.write("base.jsonl",
             kSource + entity_named("evil", R"(Evil\u001b]0;pwned\u0007 Name\u202e)"));
  const std::string cache = "XDG_CACHE_HOME='" + (tree.path() / "cache").string() + "'";
  const CommandResult en = run_in(tree.path(), "lookup Evil --lang en --facts base.jsonl", cache);
  EXPECT_EQ(en.exit_code, 0) << en.err;
  EXPECT_EQ(en.out,
            "Evil\\x1b]0;pwned\\x07 Name\\u202e · person · evil\n"
            "  fr                Evil\\x1b]0;pwned\\x07 Name\\u202e\n");
  const CommandResult fr = run_in(tree.path(), "lookup Evil --lang fr --facts base.jsonl", cache);
  EXPECT_EQ(fr.out,
            "Evil\\x1b]0;pwned\\x07 Name\\u202e · personne · evil\n"
            "  fr                Evil\\x1b]0;pwned\\x07 Name\\u202e\n");
}

TEST(Reliability, FactsCommandsPrintHostileFileNamesEscaped) {
  TempTree tree;
  tree.write("evil\x1b]0;t\x07\n::error x.jsonl", kSource + "{\"type\":\"robot\"}\n");
  const CommandResult validate = run_in(tree.path(), "facts validate .");
  EXPECT_EQ(validate.exit_code, 2);
  EXPECT_EQ(validate.out,
            "./evil\\x1b]0;t\\x07\\x0a::error x.jsonl:2: unknown record type \"robot\" (expected "
            "source, entity, property, statement, quote or claim_review)\n");
  const CommandResult build = run_in(tree.path(), "facts build . -o base.db");
  EXPECT_EQ(build.exit_code, 2);
  EXPECT_EQ(build.err,
            "./evil\\x1b]0;t\\x07\\x0a::error x.jsonl:2: unknown record type \"robot\" (expected "
            "source, entity, property, statement, quote or claim_review)\n"
            "presscheck: error: 1 problem in the fact files; nothing was written\n");
}

}  // namespace
}  // namespace presscheck
