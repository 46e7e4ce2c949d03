#include "verify/sentence_check.hpp"

#include <algorithm>

#include "checks/registry.hpp"
#include "core/error.hpp"
#include "core/utf8.hpp"
#include "lookup/query_options.hpp"
#include "text/analysis.hpp"
#include "text/language_id.hpp"

namespace presscheck {

bool SentenceReport::failed() const {
  return std::any_of(verdicts.begin(), verdicts.end(), [](const ClaimVerdict& v) {
    return v.kind == VerdictKind::contradicted || v.kind == VerdictKind::outdated;
  });
}

SentenceReport check_sentence(std::string_view sentence, std::optional<Lang> lang, const Date& at,
                              FactTools& tools) {
  const Lang message_lang = lang.value_or(answer_lang(""));
  if (utf8::first_invalid(sentence)) {
    throw UserError(std::string(pick(message_lang, "la phrase n'est pas du texte UTF-8 valide",
                                     "the sentence is not valid UTF-8 text")));
  }
  const auto first = sentence.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    throw UserError(std::string(pick(message_lang, "rien à vérifier : la phrase est vide",
                                     "nothing to verify: the "
                                     "sentence is empty")));
  }
  sentence = sentence.substr(first, sentence.find_last_not_of(" \t\r\n") + 1 - first);
  SentenceReport report;
  report.at = at;
  Document& doc = report.document;
  doc.path = "<sentence>";
  doc.text = std::string(sentence);
  doc.lines = LineIndex(doc.text);
  // A sentence is short for telling languages apart; when unsure, the reader's locale.
  doc.lang = lang.value_or(detect_language(doc.text, answer_lang("")));
  doc.date = at;
  doc.blocks.push_back({Part::body, {0, doc.text.size()}});
  const RuleSet& rules = tools.rules();
  const ClaimReaders& readers = tools.readers();
  const Analysis analysis = analyze(doc, rules);
  const Extraction extraction = extract(doc, analysis, readers);
  const CheckContext context{doc, analysis, rules, &extraction, readers.facts()};
  report.verdicts = claim_verdicts(context, run_checks(context));
  return report;
}

}  // namespace presscheck
