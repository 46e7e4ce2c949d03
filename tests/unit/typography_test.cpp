// Typeset copy reads like plain copy: every rule-pack example and every sample gives the
// same results once its spaces next to « » (and before : ; ! ?) are no-break or narrow
// no-break spaces, and once its apostrophes are typographic.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <tuple>

#include "bundled_rules.hpp"
#include "claim_lint.hpp"
#include "core/utf8.hpp"
#include "run_binary.hpp"
#include "text/rule_evaluator.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;

/// A text rewritten, with where each byte of the original went.
struct Rewritten {
  std::string text;
  std::vector<std::size_t> moved;  // moved[i]: the new offset of original byte i (and of end)

  Span map(Span span) const { return {moved[span.begin], moved[span.end]}; }
};

/// Replaces each code point for which `replace` gives a non-empty string.
using Replacer = std::function<std::string(std::string_view text, std::size_t begin,
                                           std::size_t end, char32_t cp)>;

Rewritten rewrite(std::string_view text, const Replacer& replace) {
  Rewritten out;
  out.moved.reserve(text.size() + 1);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t begin = pos;
    const char32_t cp = utf8::next(text, pos);
    const std::string replacement = replace(text, begin, pos, cp);
    for (std::size_t i = begin; i < pos; ++i)
      out.moved.push_back(out.text.size());
    if (replacement.empty())
      out.text.append(text.substr(begin, pos - begin));
    else
      out.text += replacement;
  }
  out.moved.push_back(out.text.size());
  return out;
}

bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> marks) {
  return std::any_of(marks.begin(), marks.end(),
                     [&](std::string_view mark) { return text.starts_with(mark); });
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> marks) {
  return std::any_of(marks.begin(), marks.end(),
                     [&](std::string_view mark) { return text.ends_with(mark); });
}

// French typography: the space after « and before », : ; ! ? is a no-break one.
Replacer typeset_spaces(std::string space) {
  return [space](std::string_view text, std::size_t begin, std::size_t end, char32_t cp) {
    if (cp != ' ')
      return std::string();
    const bool after_open = ends_with_any(text.substr(0, begin), {"«"});
    const bool before_close = starts_with_any(text.substr(end), {"»", ":", ";", "!", "?"});
    return after_open || before_close ? space : std::string();
  };
}

// A straight apostrophe between two letters (l'UE, don't) written typographically.
Replacer typeset_apostrophes(std::string apostrophe) {
  return [apostrophe](std::string_view text, std::size_t begin, std::size_t end, char32_t cp) {
    if (cp != '\'' || begin == 0 || end >= text.size())
      return std::string();
    std::size_t before = begin;
    std::size_t after = end;
    const bool between_letters =
        utf8::is_letter(utf8::previous(text, before)) && utf8::is_letter(utf8::next(text, after));
    return between_letters ? apostrophe : std::string();
  };
}

struct Variant {
  std::string name;
  Replacer replace;

  friend void PrintTo(const Variant& variant, std::ostream* out) { *out << variant.name; }
};

std::vector<Variant> variants() {
  return {{"NoBreakSpace", typeset_spaces("\u00A0")},
          {"NarrowNoBreakSpace", typeset_spaces("\u202F")},
          {"TypographicApostrophe", typeset_apostrophes("’")},
          {"ModifierLetterApostrophe", typeset_apostrophes("ʼ")}};
}

class Typography : public testing::TestWithParam<Variant> {};

TEST_P(Typography, EveryRulePackExampleGivesTheSameResult) {
  const RuleSet& rules = testing_support::bundled_rules();
  const RuleEvaluator evaluate = text_rule_evaluator(rules);
  std::size_t rewritten = 0;
  for (const RulePack& pack : rules.packs()) {
    for (const PatternRule& rule : pack.rules) {
      auto check = [&](const RuleExample& example, bool must_fire) {
        const Rewritten typeset = rewrite(example.text, GetParam().replace);
        if (typeset.text == example.text)
          return;
        ++rewritten;
        RuleExample changed = example;
        changed.text = typeset.text;
        if (example.expected)
          changed.expected = typeset.map(*example.expected);
        const ExampleResult result = run_example(rule, changed, must_fire, evaluate);
        EXPECT_TRUE(result.passed) << describe_failure(result);
      };
      for (const RuleExample& example : rule.fire)
        check(example, true);
      for (const RuleExample& example : rule.silent)
        check(example, false);
    }
  }
  EXPECT_GE(rewritten, 10u) << "too few examples have anything to typeset";
}

/// Where a lint run reports what: rule, line, column (in code points).
using Place = std::tuple<std::string, std::size_t, std::size_t>;

std::vector<Place> places(const std::string& path, const std::string& text) {
  LintSettings settings;
  settings.rules = testing_support::bundled_rules_ptr();
  settings.readers = testing_support::starter_readers();
  std::vector<Place> out;
  for (const LocatedDiagnostic& d : lint_text(path, text, settings).diagnostics)
    out.emplace_back(d.diagnostic.rule, d.location.line, d.location.column);
  return out;
}

std::vector<std::string> sample_paths() {
  std::vector<std::string> paths;
  for (const auto& entry : fs::recursive_directory_iterator(PRESSCHECK_SOURCE_DIR "/samples")) {
    const std::string extension = entry.path().extension().string();
    if (extension == ".md" || extension == ".txt")
      paths.push_back(fs::relative(entry.path(), PRESSCHECK_SOURCE_DIR).generic_string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

TEST_P(Typography, EverySampleGivesTheSameFindingsAtTheSamePlaces) {
  std::size_t rewritten = 0;
  std::size_t findings = 0;
  for (const std::string& path : sample_paths()) {
    const std::string text =
        testing_support::read_file(std::string(PRESSCHECK_SOURCE_DIR "/") + path);
    const Rewritten typeset = rewrite(text, GetParam().replace);
    if (typeset.text == text)
      continue;
    ++rewritten;
    const std::vector<Place> plain = places(path, text);
    findings += plain.size();
    EXPECT_EQ(places(path, typeset.text), plain) << path;
  }
  EXPECT_GE(rewritten, 3u) << "too few samples have anything to typeset";
  EXPECT_GE(findings, 3u) << "the samples rewritten draw too few findings to compare";
}

INSTANTIATE_TEST_SUITE_P(Typeset, Typography, testing::ValuesIn(variants()),
                         [](const testing::TestParamInfo<Variant>& info) {
                           return info.param.name;
                         });

TEST(Typography, RewritingMapsEveryOffset) {
  const Rewritten typeset = rewrite("Il « ne » dit : l'UE", typeset_spaces("\u202F"));
  EXPECT_EQ(typeset.text, "Il «\u202Fne\u202F» dit\u202F: l'UE");
  EXPECT_EQ(typeset.map({6, 8}), (Span{8, 10}));  // « ne » moved by the first narrow space
  const Rewritten apostrophe = rewrite("l'UE 'dit'", typeset_apostrophes("’"));
  EXPECT_EQ(apostrophe.text, "l’UE 'dit'");
}

}  // namespace
}  // namespace presscheck
