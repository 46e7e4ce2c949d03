#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>
#include <cstdio>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "factbase/claim_store.hpp"
#include "lookup/fact_tools.hpp"
#include "lookup/query_options.hpp"
#include "render/cards/fact_card_json.hpp"
#include "render/cards/fact_card_text.hpp"

namespace presscheck {
namespace {

struct LookupFlags {
  std::vector<std::string> words;
  std::string as_of;
  std::string lang;
  std::string format = "text";
  std::string facts;
  std::size_t limit = 5;
  bool no_color = false;
};

int run_lookup(const LookupFlags& flags) {
  const Lang lang = answer_lang(flags.lang);
  // Flags are checked before the base is opened: a typo answers at once.
  const Date at = flags.as_of.empty() ? today() : parse_date_option(flags.as_of, "--as-of", lang);
  const FactTools tools(flags.facts);
  const std::string query = fmt::format("{}", fmt::join(flags.words, " "));
  LookupResult result = lookup(tools.base(), tools.quotes(), query, at, flags.limit);
  if (result.has_words)
    result.past_checks = facts::ClaimStore(tools.base().path()).search(query, flags.limit);
  CardNames names(tools.base());
  const std::string out =
      flags.format == "json"
          ? render_lookup_json(result, tools.base(), lang)
          : render_lookup_text(result, names, lang,
                               Style(!flags.no_color && color_wanted(STDOUT_FILENO)));
  std::fwrite(out.data(), 1, out.size(), stdout);
  return result.cards.empty() && result.past_checks.empty() ? kExitFindings : kExitClean;
}

}  // namespace

void add_lookup_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<LookupFlags>();
  auto* lookup = app.add_subcommand(
      "lookup", "Search the fact base and show what it holds on each entity found, with sources");
  lookup->add_option("query", flags->words, "Words to look for (plain words: no search syntax)")
      ->required();
  lookup->add_option("--as-of", flags->as_of,
                     "Show the facts valid on this date, YYYY[-MM[-DD]] (default: today)");
  lookup->add_option("--lang", flags->lang, "Language of the answer (default: the locale's)")
      ->check(CLI::IsMember({"fr", "en"}));
  lookup->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  lookup->add_option("--limit", flags->limit, "At most this many entities or properties")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  lookup->add_option("--facts", flags->facts,
                     "Fact base: a .db file, or JSON Lines files or folders (default: the bundled "
                     "one)");
  lookup->add_flag("--no-color", flags->no_color, "Never colour the output");
  lookup->callback([flags, &exit_code] { exit_code = run_lookup(*flags); });
}

}  // namespace presscheck
