#include "shell/shell_session.hpp"

#include <fmt/format.h>

#include "analysis/fact_evidence.hpp"
#include "core/error.hpp"
#include "lookup/query_options.hpp"
#include "render/cards/fact_card_text.hpp"
#include "render/cards/verdict_text.hpp"
#include "verify/sentence_check.hpp"

namespace presscheck {
namespace {

// Enough cards for a screen or two; `presscheck lookup --limit` is there for more.
constexpr std::size_t kShellLookupLimit = 5;

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos)
    return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
}

}  // namespace

ShellSession::ShellSession(FactTools& tools, Lang lang)
    : tools_(tools), names_(tools.base()), lang_(lang) {}

std::string ShellSession::help() const {
  if (lang_ == Lang::fr) {
    return "Tapez des mots pour chercher dans la base de faits (Tab complète les noms).\n"
           "  :date AAAA[-MM[-JJ]]   lire les faits à cette date (:date today : aujourd'hui)\n"
           "  :lang fr|en            langue des réponses et des phrases à vérifier\n"
           "  :verify PHRASE         vérifier chaque affirmation d'une phrase\n"
           "  :help                  cette aide\n"
           "  :quit                  quitter (ou Ctrl-D)\n";
  }
  return "Type words to search the fact base (Tab completes names).\n"
         "  :date YYYY[-MM[-DD]]   read the facts at that date (:date today: today)\n"
         "  :lang fr|en            language of answers and of sentences to verify\n"
         "  :verify SENTENCE       weigh each claim of a sentence\n"
         "  :help                  this help\n"
         "  :quit                  leave (or Ctrl-D)\n";
}

std::string ShellSession::answer(std::string_view line, const Style& style) {
  line = trimmed(line);
  if (line.empty())
    return {};
  try {
    if (line.front() == ':') {
      const std::string_view rest = line.substr(1);
      const auto space = rest.find_first_of(" \t");
      const std::string_view name = rest.substr(0, space);
      return command(name, space == std::string_view::npos ? "" : trimmed(rest.substr(space)),
                     style);
    }
    const LookupResult result =
        lookup(tools_.base(), tools_.quotes(), line, date_.value_or(today()), kShellLookupLimit);
    return render_lookup_text(result, names_, lang_, style);
  } catch (const UserError& error) {
    return style.paint(fmt::format("{}{}", pick(lang_, "erreur : ", "error: "), error.what()),
                       Tone::bad) +
           "\n";
  }
}

std::string ShellSession::command(std::string_view name, std::string_view argument,
                                  const Style& style) {
  if (name == "quit" || name == "q") {
    done_ = true;
    return {};
  }
  if (name == "help" || name == "h") {
    return help();
  }
  if (name == "date") {
    if (argument == "today")
      date_.reset();
    else if (!argument.empty())
      date_ = parse_date_option(argument, ":date", lang_);
    return fmt::format(fmt::runtime(pick(lang_, "faits lus {}\n", "facts read {}\n")),
                       on_date(date_.value_or(today()), lang_));
  }
  if (name == "lang") {
    if (!argument.empty()) {
      const auto lang = parse_lang(argument);
      if (!lang) {
        throw UserError(fmt::format(fmt::runtime(pick(lang_, ":lang : « {} » n'est ni fr ni en",
                                                      ":lang: \"{}\" is neither fr nor en")),
                                    argument.substr(0, 20)));
      }
      lang_ = *lang;
      lang_chosen_ = true;
    }
    return fmt::format(fmt::runtime(pick(lang_, "langue : {}\n", "language: {}\n")),
                       lang_code(lang_));
  }
  if (name == "verify") {
    const SentenceReport report =
        check_sentence(argument, lang_chosen_ ? std::optional<Lang>(lang_) : std::nullopt,
                       date_.value_or(today()), tools_);
    return render_verdicts_text(report, style);
  }
  throw UserError(
      fmt::format(fmt::runtime(pick(lang_, "commande inconnue « :{} » ; :help les liste",
                                    "unknown command \":{}\"; :help lists them")),
                  name.substr(0, 20)));
}

}  // namespace presscheck
