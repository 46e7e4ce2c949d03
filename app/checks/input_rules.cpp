#include "checks/input_rules.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "checks/report.hpp"

namespace presscheck {
namespace {

struct InputRule {
  InputProblemKind kind;
  RuleInfo info;
  std::string_view message_fr;
  std::string_view message_en;
};

const std::vector<InputRule>& input_rules() {
  static const std::vector<InputRule> rules = {
      {InputProblemKind::binary,
       {"input.binary", Severity::warning, "le fichier est binaire : il n'est pas vérifié",
        "the file is binary and was skipped"},
       "le fichier contient des octets nuls : c'est un fichier binaire, il n'est pas vérifié",
       "the file holds NUL bytes: it is binary and was not checked"},
      {InputProblemKind::invalid_utf8,
       {"input.invalid-utf8", Severity::error, "le fichier n'est pas de l'UTF-8 valide",
        "the file is not valid UTF-8"},
       "octet invalide en UTF-8 : le fichier n'est pas vérifié ; réenregistrez-le en UTF-8",
       "invalid UTF-8 byte: the file was not checked; save it as UTF-8"},
      {InputProblemKind::empty,
       {"input.no-headline", Severity::warning, "le brouillon n'a pas de titre",
        "the draft has no headline"},
       "le fichier est vide",
       "the file is empty"},
      {InputProblemKind::no_headline,
       {"input.no-headline", Severity::warning, "le brouillon n'a pas de titre",
        "the draft has no headline"},
       "aucun titre trouvé (clé « title » de l'en-tête, titre « # », ou première ligne)",
       "no headline found (front matter `title`, a `# ` heading, or the first line)"},
      {InputProblemKind::unclosed_front_matter,
       {"input.bad-front-matter", Severity::error, "l'en-tête est mal formé",
        "the front matter is malformed"},
       "l'en-tête ouvert ici n'est jamais fermé par « {} »",
       "the front matter opened here is never closed by `{}`"},
      {InputProblemKind::bad_front_matter,
       {"input.bad-front-matter", Severity::error, "l'en-tête est mal formé",
        "the front matter is malformed"},
       "l'en-tête ne se lit pas : le titre, le chapô et la date qu'il donne ne sont pas vérifiés",
       "the front matter does not parse: the headline, standfirst and date it gives are not "
       "checked"},
      {InputProblemKind::section_label_headline,
       {"input.no-headline", Severity::warning, "le brouillon n'a pas de titre",
        "the draft has no headline"},
       "seule une rubrique précède le texte, pas un titre : le titre n'est pas vérifié",
       "only a section label stands before the text, not a headline: no headline is checked"},
      {InputProblemKind::partly_read,
       {"input.too-large", Severity::error, "le fichier est trop gros pour être un article",
        "the file is too large to be a draft"},
       "la page imbrique ses balises plus profondément qu'aucun article à partir d'ici : la "
       "suite n'est pas vérifiée",
       "the page nests its tags deeper than any article from here on: the rest was not "
       "checked"},
      {InputProblemKind::too_large,
       {"input.too-large", Severity::error, "le fichier est trop gros pour être un article",
        "the file is too large to be a draft"},
       "le fichier dépasse 16 Mio : ce n'est pas un article, il n'est pas vérifié",
       "the file is over 16 MiB: not a draft, so it was not checked"},
      {InputProblemKind::unreadable,
       {"input.unreadable", Severity::error, "le fichier ne peut pas être lu",
        "the file cannot be read"},
       "le fichier ne peut pas être lu (vérifiez ses droits d'accès)",
       "the file cannot be read (check its permissions)"},
      {InputProblemKind::not_regular_file,
       {"input.unreadable", Severity::error, "le fichier ne peut pas être lu",
        "the file cannot be read"},
       "ce n'est pas un fichier ordinaire (tube nommé, socket ou périphérique) : il n'est pas lu",
       "not a regular file (a FIFO, socket or device): it was not read"},
      {InputProblemKind::symlink_loop,
       {"input.unreadable", Severity::error, "le fichier ne peut pas être lu",
        "the file cannot be read"},
       "les liens symboliques de ce chemin forment une boucle : il ne mène à aucun fichier",
       "the symbolic links of this path form a loop: it leads to no file"},
  };
  return rules;
}

// Where each reader looks for a headline, so that the message says what to add; empty for
// a draft whose format is not known.
std::string_view no_headline_message(InputFormat format, Lang lang) {
  switch (format) {
    case InputFormat::markdown:
      return pick(lang, "aucun titre trouvé (clé « title » de l'en-tête ou titre « # »)",
                  "no headline found (front matter `title` or a `# ` heading)");
    case InputFormat::plain_text:
      return pick(lang, "aucun titre trouvé (clé « title » de l'en-tête ou première ligne)",
                  "no headline found (front matter `title` or the first line)");
    case InputFormat::html:
      return pick(lang, "aucun titre trouvé (og:title, <h1> de l'article ou <title> de la page)",
                  "no headline found (og:title, the article's <h1> or the page's <title>)");
    case InputFormat::ninjs:
      return pick(lang, "aucun titre trouvé (champ « headline » ou « headlines »)",
                  "no headline found (a `headline` or `headlines` field)");
    case InputFormat::sniff:
      break;
  }
  return {};  // the rule's own message, which names every place
}

}  // namespace

std::vector<RuleInfo> input_rule_infos() {
  std::vector<RuleInfo> infos;
  for (const InputRule& rule : input_rules()) {
    const bool seen = std::any_of(infos.begin(), infos.end(),
                                  [&](const RuleInfo& info) { return info.id == rule.info.id; });
    if (!seen)
      infos.push_back(rule.info);
  }
  return infos;
}

Diagnostic input_problem_diagnostic(const InputProblem& problem, Lang lang) {
  for (const InputRule& rule : input_rules()) {
    if (rule.kind != problem.kind)
      continue;
    Diagnostic diagnostic =
        finding(rule.info, problem.span, std::string(pick(lang, rule.message_fr, rule.message_en)));
    if (problem.kind == InputProblemKind::no_headline) {
      if (const std::string_view where = no_headline_message(problem.format, lang); !where.empty())
        diagnostic.message = std::string(where);
    }
    // The detail fills the message's {} where it has one, and is quoted after it otherwise.
    if (diagnostic.message.find("{}") != std::string::npos)
      diagnostic.message = fmt::format(fmt::runtime(diagnostic.message), problem.detail);
    else if (!problem.detail.empty())
      diagnostic.message += fmt::format(" ({})", problem.detail);
    return diagnostic;
  }
  return {};
}

}  // namespace presscheck
