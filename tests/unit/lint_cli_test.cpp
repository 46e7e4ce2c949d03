// `presscheck lint` as a user runs it: exit codes, the JSON shape, standard input, and
// every kind of bad input, each with its exact finding.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;
using testing_support::run_in;
using testing_support::run_presscheck;
using testing_support::TempTree;

/// A scratch folder removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("presscheck-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code error;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, error);
    fs::remove_all(path_, error);
  }
  std::string write(const std::string& name, const std::string& content) const {
    const fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
  static inline int counter_ = 0;
};

const std::string kNegatedDraft =
    "---\ntitle: \"L'UE ne « prend pas très au sérieux » les vidéos\"\nlang: fr\n---\n\n"
    "La Commission prend « très au sérieux » ces vidéos.\n";
const std::string kNegatedFindings =
    "negated.md:2:14: error: le titre met à la forme négative la citation « prend pas très au "
    "sérieux », que le corps rapporte à la forme affirmative [headline.negated-quote]\n"
    "    2 | title: \"L'UE ne « prend pas très au sérieux » les vidéos\"\n"
    "      |              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
    "negated.md:6:23: note: le corps cite « très au sérieux »\n"
    "    6 | La Commission prend « très au sérieux » ces vidéos.\n"
    "      |                       ^~~~~~~~~~~~~~~\n";
const std::string kCleanDraft =
    "# Le maire inaugure le tram\n\nLe maire a inauguré le tram lundi.\n";

TEST(LintCli, ExitCodesFollowTheFailLevel) {
  TempDir dir;
  const std::string negated = dir.write("negated.md", kNegatedDraft);
  const std::string warned =
      dir.write("warned.md", "# Le ministre promet « une réforme juste et rapide »\n\nIl parle.\n");
  const std::string clean = dir.write("clean.md", kCleanDraft);
  EXPECT_EQ(run_presscheck("lint " + clean).exit_code, 0);
  EXPECT_EQ(run_presscheck("lint " + negated).exit_code, 1);
  EXPECT_EQ(run_presscheck("lint " + warned).exit_code, 0);
  EXPECT_EQ(run_presscheck("lint --fail-level warning " + warned).exit_code, 1);
  EXPECT_EQ(run_presscheck("lint --fail-level info " + clean).exit_code, 0);
}

TEST(LintCli, TheSummarySpeaksFrenchWhenEveryDraftIsFrench) {
  TempDir dir;
  const std::string negated = dir.write("negated.md", kNegatedDraft);
  const std::string warned =
      dir.write("warned.md", "# Le ministre promet « une réforme juste et rapide »\n\nIl parle.\n");
  const std::string english =
      dir.write("english.md", "# The minister promises \"a fair and fast reform\"\n\nHe speaks.\n");
  const auto french = run_presscheck("lint --no-color " + negated + " " + warned);
  EXPECT_NE(french.out.find("\n1 erreur, 1 avertissement dans 2 fichiers\n"), std::string::npos)
      << french.out;
  const auto mixed = run_presscheck("lint --no-color " + negated + " " + english);
  EXPECT_NE(mixed.out.find("\n1 error, 1 warning in 2 files\n"), std::string::npos) << mixed.out;
}

TEST(LintCli, ACleanRunStillEndsWithItsSummary) {
  TempTree tree;
  tree.write("tram.md", kCleanDraft);
  tree.write("bus.md", "# Le maire inaugure le bus\n\nLe maire a inauguré le bus mardi.\n");
  tree.write("bridge.md", "# The mayor opens the bridge\n\nThe mayor opened the bridge.\n");
  const auto one = run_in(tree.path(), "lint tram.md");
  EXPECT_EQ(one.out, "0 problème dans 1 fichier\n");
  EXPECT_EQ(one.exit_code, 0);
  EXPECT_EQ(run_in(tree.path(), "lint tram.md bus.md").out, "0 problème dans 2 fichiers\n");
  EXPECT_EQ(run_in(tree.path(), "lint bridge.md").out, "no problems in 1 file\n");
  EXPECT_EQ(run_in(tree.path(), "lint tram.md bridge.md").out, "no problems in 2 files\n");
  tree.write("empty/.keep", "");
  EXPECT_EQ(run_in(tree.path(), "lint empty").out, "no problems in 0 files\n");
}

TEST(LintCli, AMissingFileIsReportedOnceTheOthersAreLinted) {
  TempTree tree;
  tree.write("negated.md", kNegatedDraft);
  const auto result = run_in(tree.path(), "lint missing.md negated.md");
  EXPECT_EQ(result.out, kNegatedFindings + "1 erreur dans 1 fichier\n");
  EXPECT_EQ(result.err, "presscheck: error: missing.md: no such file or folder\n");
  EXPECT_EQ(result.exit_code, 2);
}

TEST(LintCli, StdinFilenameGivesTheFormatAndThePathOfFindings) {
  const std::string page =
      "<html><head><title>EU \"not taking very seriously\" deepfakes</title></head><body>\n"
      "<h1>EU \"not taking very seriously\" deepfakes</h1>\n"
      "<p>The EU is taking the videos \"very seriously\", he said.</p>\n</body></html>\n";
  const auto as_html =
      run_presscheck("lint --format json --stdin-filename news/page.html -", &page);
  EXPECT_EQ(as_html.exit_code, 1);
  EXPECT_NE(as_html.out.find("\"rule\":\"headline.negated-quote\",\"severity\":\"error\","
                             "\"line\":2,\"column\":8"),
            std::string::npos)
      << as_html.out;
  EXPECT_NE(as_html.out.find("{\"path\":\"news/page.html\",\"lang\":\"en\""), std::string::npos)
      << as_html.out;
  // Without the name, standard input is read as Markdown, where the page has no headline.
  const auto as_markdown = run_presscheck("lint --format json -", &page);
  EXPECT_EQ(as_markdown.out.find("headline.negated-quote"), std::string::npos) << as_markdown.out;
}

TEST(LintCli, StdinFilenameGivesTheConfigurationOfItsFolder) {
  TempTree tree;
  tree.write(".presscheck.toml",
             "exclude = [\"brouillons\"]\n[rules]\n\"headline.negated-quote\" = \"warning\"\n");
  const std::string name = (tree.path() / "articles/a.md").string();
  const auto result =
      run_presscheck("lint --format github --stdin-filename '" + name + "' -", &kNegatedDraft);
  EXPECT_EQ(result.out.rfind("::warning file=" + name + ",line=2,col=14,", 0), 0u) << result.out;
  EXPECT_EQ(result.exit_code, 0);
  const std::string excluded = (tree.path() / "brouillons/a.md").string();
  const auto skipped =
      run_presscheck("lint --stdin-filename '" + excluded + "' -", &kNegatedDraft, true);
  EXPECT_EQ(skipped.out, "no problems in 0 files\n");
  EXPECT_EQ(skipped.exit_code, 0);
}

TEST(LintCli, StdinFilenameNeedsStandardInputAmongThePaths) {
  const auto result = run_presscheck("lint --stdin-filename a.md samples/fr", nullptr, true);
  EXPECT_EQ(result.out,
            "presscheck: error: --stdin-filename a.md: names standard input, but `-` is not "
            "among the paths to lint\n");
  EXPECT_EQ(result.exit_code, 2);
}

TEST(LintCli, UsageErrorsExitWithTwo) {
  const auto missing = run_presscheck("lint no/such/draft.md", nullptr, true);
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.out, "presscheck: error: no/such/draft.md: no such file or folder\n");
  EXPECT_EQ(run_presscheck("lint --format yaml samples/").exit_code, 2);
  EXPECT_EQ(run_presscheck("lint --no-such-flag samples/").exit_code, 2);
  EXPECT_EQ(run_presscheck("lint").exit_code, 2);
  EXPECT_EQ(run_presscheck("").exit_code, 2);
}

TEST(LintCli, JsonHasTheDocumentedShape) {
  TempDir dir;
  const std::string path = dir.write("negated.md", kNegatedDraft);
  const auto result = run_presscheck("lint --format json " + path);
  EXPECT_EQ(result.exit_code, 1);
  const std::string expected =
      "{\"version\":1,\"files\":[{\"path\":\"" + path +
      "\",\"lang\":\"fr\",\"headline\":\"L'UE ne « prend pas très au sérieux » les vidéos\"}],"
      "\"diagnostics\":[{\"path\":\"" +
      path +
      "\",\"rule\":\"headline.negated-quote\",\"severity\":\"error\",\"line\":2,\"column\":14,"
      "\"end_line\":2,\"end_column\":46,\"message\":\"le titre met à la forme négative la citation "
      "« prend pas très au sérieux », que le corps rapporte à la forme affirmative\","
      "\"evidence\":[{\"path\":\"" +
      path +
      "\",\"line\":6,\"column\":23,\"end_line\":6,\"end_column\":38,\"text\":\"très au sérieux\","
      "\"message\":\"le corps cite « très au sérieux »\"}]}]}\n";
  EXPECT_EQ(result.out, expected);
}

TEST(LintCli, ReadsStandardInput) {
  const auto result = run_presscheck("lint --format json -", &kNegatedDraft);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("\"path\":\"<stdin>\""), std::string::npos);
  EXPECT_NE(result.out.find("headline.negated-quote"), std::string::npos);
}

TEST(LintCli, PlainTextUsesTheFirstLineAsHeadline) {
  TempDir dir;
  const std::string path = dir.write("draft.txt",
                                     "\n\nEU \"not taking very seriously\" deepfakes\n\n"
                                     "The EU is taking the videos \"very seriously\", he said.\n");
  const auto result = run_presscheck("lint --no-color " + path);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')),
            path +
                ":3:4: error: the headline negates the quote \"not taking very seriously\", "
                "which the body reports without a negation [headline.negated-quote]");
}

TEST(LintCli, DetectsTheLanguageWithoutFrontMatter) {
  TempDir dir;
  const std::string path =
      dir.write("draft.md",
                "# L'UE ne « prend pas au sérieux » la menace\n\n"
                "La Commission a dit qu'elle prenait « au sérieux » la menace.\n");
  const auto result = run_presscheck("lint --format json " + path);
  EXPECT_NE(result.out.find("\"lang\":\"fr\""), std::string::npos);
  EXPECT_NE(result.out.find("met à la forme négative"), std::string::npos);
}

TEST(LintCli, InvalidUtf8IsReportedAtTheFirstBadByte) {
  TempDir dir;
  const std::string start = dir.write("start.md", "\xFF# Titre\n\nCorps.\n");
  const std::string middle = dir.write("middle.md", "# Titre\n\nLe corps é\xC3 continue.\n");
  const std::string end = dir.write("end.md", "# Titre\n\nLe corps finit mal \xE2\x80");
  const auto result =
      run_presscheck("lint --no-color --lang fr " + start + " " + middle + " " + end);
  EXPECT_EQ(result.exit_code, 1);
  const std::string message =
      ": error: octet invalide en UTF-8 : le fichier n'est pas vérifié ; "
      "réenregistrez-le en UTF-8 [input.invalid-utf8]\n";
  EXPECT_NE(result.out.find(end + ":3:20" + message), std::string::npos) << result.out;
  EXPECT_NE(result.out.find(middle + ":3:11" + message), std::string::npos) << result.out;
  EXPECT_NE(result.out.find(start + ":1:1" + message), std::string::npos) << result.out;
}

TEST(LintCli, BinaryEmptyAndHeadlessFilesAreReportedAndTheOthersStillLinted) {
  TempDir dir;
  const std::string binary = dir.write("a-binary.md", std::string("PK\x03\x04\0\0junk", 10));
  const std::string empty = dir.write("b-empty.md", "  \n\n");
  const std::string headless = dir.write("c-headless.md", "Du texte sans titre Markdown.\n");
  const std::string negated = dir.write("d-negated.md", kNegatedDraft);
  const auto result = run_presscheck("lint --no-color --lang en " + dir.path().string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(
      result.out.find(binary + ":1:1: warning: the file holds NUL bytes: it is binary and was "
                               "not checked [input.binary]"),
      std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(empty + ":1:1: warning: the file is empty [input.no-headline]"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(headless + ":1:1: warning: no headline found"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(negated + ":2:14: error: le titre met à la forme négative"),
            std::string::npos)
      << result.out;
}

TEST(LintCli, UnclosedFrontMatterIsAFindingNotACrash) {
  TempDir dir;
  const std::string path = dir.write("open.md", "---\ntitle: Titre\n\n# Titre\n\nCorps.\n");
  const auto result = run_presscheck("lint --no-color --lang fr " + path);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find(path + ":1:1: error: l'en-tête ouvert ici n'est jamais fermé par "
                                   "« --- » [input.bad-front-matter]"),
            std::string::npos)
      << result.out;
}

TEST(LintCli, CrlfAndByteOrderMarkAreRead) {
  TempDir dir;
  const std::string path = dir.write(
      "crlf.md",
      "\xEF\xBB\xBF---\r\ntitle: \"EU \\\"not taking it seriously\\\"\"\r\nlang: en\r\n---\r\n\r\n"
      "The EU is \"taking it seriously\".\r\n");
  const auto result = run_presscheck("lint --format json " + path);
  EXPECT_EQ(result.exit_code, 1);
  // The quote starts at its escaped mark, \", in column 12.
  EXPECT_NE(result.out.find("\"line\":2,\"column\":12"), std::string::npos) << result.out;
}

TEST(LintCli, AHugeSingleLineIsLintedWithoutTrouble) {
  TempDir dir;
  std::string body;
  while (body.size() < (1u << 20))
    body += "Le maire a dit « peut-être » hier, sans doute. ";
  const std::string path = dir.write("long.md", "# Le maire « hésite »\n\n" + body + "\n");
  const auto result = run_presscheck("lint " + path);
  EXPECT_EQ(result.exit_code, 0);
}

TEST(LintCli, UnreadableFilesAndSymlinkLoopsDoNotStopTheRun) {
  TempDir dir;
  const std::string locked = dir.write("locked.md", kCleanDraft);
  fs::permissions(locked, fs::perms::none);
  fs::create_directory_symlink(dir.path(), dir.path() / "loop");
  const std::string negated = dir.write("negated.md", kNegatedDraft);
  const auto result = run_presscheck("lint --no-color " + dir.path().string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find(negated + ":2:14: error:"), std::string::npos) << result.out;
  if (::geteuid() != 0) {  // root reads every file whatever its permissions
    EXPECT_NE(result.out.find(locked + ":1:1: error: the file cannot be read"), std::string::npos)
        << result.out;
  }
}

TEST(LintCli, ColourOnlyWhenAsked) {
  TempDir dir;
  const std::string path = dir.write("negated.md", kNegatedDraft);
  EXPECT_EQ(run_presscheck("lint " + path).out.find("\x1b["), std::string::npos);
}

}  // namespace
}  // namespace presscheck
