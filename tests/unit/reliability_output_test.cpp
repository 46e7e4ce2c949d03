// What a hostile draft or file name can make presscheck print, on a terminal or in a CI
// log: control characters, an HTML entity decoded to ESC, a right-to-left override, a
// folder named with a line break and a workflow command, a file name that is not UTF-8.
// Every stream shows them escaped, and every JSON format stays valid JSON.
#include <gtest/gtest.h>

#include <sstream>

#include "core/json_reader.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::CommandResult;
using testing_support::run_in;
using testing_support::TempTree;

const std::string kNegatedDraft =
    "---\ntitle: \"L'UE ne « prend pas très au sérieux » les vidéos\"\nlang: fr\n---\n\n"
    "La Commission prend « très au sérieux » ces vidéos.\n";
const std::string kEvilFolder = "evil\n::error::pwned";

CommandResult run(const TempTree& tree, const std::string& args) {
  return run_in(tree.path(), args, "timeout -s KILL 60");
}

// Whether a line of `text` starts a GitHub workflow command that nobody wrote.
bool has_forged_command(const std::string& text) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("::error::pwned", 0) == 0)
      return true;
  }
  return false;
}

TEST(ReliabilityOutput, ControlCharactersOfADraftAreEscapedWithTheCaretsInPlace) {
  TempTree tree;
  // A window-title sequence inside the quote, a right-to-left override after the title.
  tree.write("osc.md",
             "---\ntitle: \"L'UE ne « prend pas très au sérieux\x1b]0;pwned\x07 » les "
             "vidéos\u202e\"\nlang: fr\n---\n\n"
             "La Commission prend « très au sérieux\x1b]0;pwned\x07 » ces vidéos.\n");
  const CommandResult result = run(tree, "lint --no-color osc.md");
  EXPECT_EQ(result.exit_code, 1);
  // Each escape is wider than the character it stands for; the carets widen with it.
  EXPECT_EQ(result.out,
            "osc.md:2:14: error: le titre met à la forme négative la citation « prend pas très "
            "au sérieux\\x1b]0;pwned\\x07 », que le corps rapporte à la forme affirmative "
            "[headline.negated-quote]\n"
            "    2 | title: \"L'UE ne « prend pas très au sérieux\\x1b]0;pwned\\x07 » les "
            "vidéos\\u202e\"\n"
            "      |              ^" +
                std::string(47, '~') +
                "\n"
                "osc.md:6:23: note: le corps cite « très au sérieux\\x1b]0;pwned\\x07 »\n"
                "    6 | La Commission prend « très au sérieux\\x1b]0;pwned\\x07 » ces vidéos.\n"
                "      |                       ^" +
                std::string(30, '~') +
                "\n"
                "1 erreur dans 1 fichier\n");
}

TEST(ReliabilityOutput, AnHtmlEntityDecodedToEscIsPrintedEscaped) {
  TempTree tree;
  tree.write("page.html",
             "<html><head><title>L'UE ne « prend pas très au sérieux&#27;[2J » les vidéos"
             "</title></head><body><article><h1>L'UE ne « prend pas très au sérieux&#27;[2J » "
             "les vidéos</h1><p>La Commission prend « très au sérieux&#27;[2J » ces vidéos.</p>"
             "</article></body></html>\n");
  const CommandResult result = run(tree, "lint --no-color --lang fr page.html");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out.find('\x1b'), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("la citation « prend pas très au sérieux\\x1b[2J », que le corps"),
            std::string::npos)
      << result.out;
}

TEST(ReliabilityOutput, AFolderNamedWithAWorkflowCommandForgesNoAnnotation) {
  TempTree tree;
  tree.write(kEvilFolder + "/negated.md", kNegatedDraft);
  const std::string missing = "\"$(printf 'evil\\n::error::pwned')/absent.md\"";
  const CommandResult github = run(tree, "lint --format github . " + missing);
  EXPECT_EQ(github.exit_code, 2);
  const std::string annotation =
      "::error file=./evil%0A%3A%3Aerror%3A%3Apwned/negated.md,line=2,col=14,endLine=2,";
  EXPECT_EQ(github.out.substr(0, annotation.size()), annotation);
  EXPECT_EQ(github.err,
            "presscheck: error: evil\\x0a::error::pwned/absent.md: no such file or folder\n");
  EXPECT_FALSE(has_forged_command(github.out)) << github.out;
  EXPECT_FALSE(has_forged_command(github.err)) << github.err;
  const CommandResult text = run(tree, "lint --no-color .");
  EXPECT_EQ(text.out.substr(0, 54), "./evil\\x0a::error::pwned/negated.md:2:14: error: le ti");
  EXPECT_FALSE(has_forged_command(text.out)) << text.out;
}

TEST(ReliabilityOutput, AFileNameThatIsNotUtf8KeepsEveryJsonFormatValid) {
  TempTree tree;
  tree.write("caf\xe9.md", kNegatedDraft);  // « café » saved by a Latin-1 system
  const CommandResult text = run(tree, "lint --no-color .");
  EXPECT_EQ(text.out.substr(0, 26), "./caf\\xe9.md:2:14: error: ");
  for (const std::string format : {"json", "rdjson", "sarif"}) {
    const CommandResult result = run(tree, "lint --format " + format + " .");
    EXPECT_EQ(result.exit_code, 1) << format;
    EXPECT_NO_THROW(parse_json(result.out)) << format << ": " << result.out;
  }
  const CommandResult json = run(tree, "lint --format json .");
  const JsonValue root = parse_json(json.out);
  EXPECT_EQ(root.find("files")->as_array().front().find("path")->as_string(), "./caf\\xe9.md");
  const CommandResult jsonl = run(tree, "lint --format jsonl .");
  std::istringstream lines(jsonl.out);
  std::string line;
  ASSERT_TRUE(std::getline(lines, line));
  EXPECT_EQ(parse_json(line).find("path")->as_string(), "./caf\\xe9.md");
}

TEST(ReliabilityOutput, ArgumentsQuotedInErrorMessagesAreEscaped) {
  TempTree tree;
  tree.write("negated.md", kNegatedDraft);
  const CommandResult named =
      run(tree, "lint --stdin-filename \"$(printf 'x\\033]0;t\\007')\" negated.md");
  EXPECT_EQ(named.exit_code, 2);
  EXPECT_EQ(named.err,
            "presscheck: error: --stdin-filename x\\x1b]0;t\\x07: names standard input, but `-` "
            "is not among the paths to lint\n");
  const CommandResult flag = run(tree, "lint --format \"$(printf '\\033[2J')\" negated.md");
  EXPECT_EQ(flag.exit_code, 2);
  EXPECT_EQ(flag.err.find('\x1b'), std::string::npos) << flag.err;
  EXPECT_NE(flag.err.find("\\x1b[2J"), std::string::npos) << flag.err;
}

}  // namespace
}  // namespace presscheck
