#include <unistd.h>
#include <cstdio>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "lookup/query_options.hpp"
#include "render/cards/verdict_json.hpp"
#include "render/cards/verdict_text.hpp"
#include "verify/sentence_check.hpp"

namespace presscheck {
namespace {

struct VerifyFlags {
  std::string sentence;
  std::string date;
  std::string lang;
  std::string format = "text";
  std::string facts;
  bool no_color = false;
};

int run_verify(const VerifyFlags& flags) {
  const std::optional<Lang> lang = parse_lang(flags.lang);
  const Date at = flags.date.empty()
                      ? today()
                      : parse_date_option(flags.date, "--date", lang.value_or(answer_lang("")));
  FactTools tools(flags.facts);
  const SentenceReport report = check_sentence(flags.sentence, lang, at, tools);
  const std::string out =
      flags.format == "json"
          ? render_verdicts_json(report)
          : render_verdicts_text(report, Style(!flags.no_color && color_wanted(STDOUT_FILENO)));
  std::fwrite(out.data(), 1, out.size(), stdout);
  return report.failed() ? kExitFindings : kExitClean;
}

}  // namespace

void add_verify_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<VerifyFlags>();
  auto* verify =
      app.add_subcommand("verify",
                         "Weigh each claim of one sentence against the fact base: supported, "
                         "contradicted, outdated or unknown");
  verify->add_option("sentence", flags->sentence, "The sentence, in French or English")->required();
  verify->add_option("--date", flags->date,
                     "Check the facts valid on this date, YYYY[-MM[-DD]] (default: today)");
  verify
      ->add_option("--lang", flags->lang,
                   "Language of the sentence and the answer (default: detected)")
      ->check(CLI::IsMember({"fr", "en"}));
  verify->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  verify->add_option("--facts", flags->facts,
                     "Fact base: a .db file, or JSON Lines files or folders (default: the bundled "
                     "one)");
  verify->add_flag("--no-color", flags->no_color, "Never colour the output");
  verify->callback([flags, &exit_code] { exit_code = run_verify(*flags); });
}

}  // namespace presscheck
