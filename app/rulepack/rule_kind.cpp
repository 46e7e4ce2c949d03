#include "rulepack/rule_kind.hpp"

namespace presscheck {

const std::vector<RuleKind>& rule_kinds() {
  static const std::vector<RuleKind> kinds = {
      {RuleKindId::approximator, "approximator",
       "a word that makes the value after it approximate (près de, more than); value: the side "
       "of the written value the real one lies on (around, above, below)",
       true, true, "around|above|below"},
      {RuleKindId::auxiliary, "auxiliary",
       "an auxiliary or a copula that quote comparison skips (est, a, is, will): « n'est pas "
       "opposée » and « opposée » say the same thing"},
      {RuleKindId::attribution, "attribution",
       "words that attribute a quote to someone (selon, according to)"},
      {RuleKindId::clause_break, "clause-break",
       "a word or mark that ends the scope of a negation (mais, but, ;)"},
      {RuleKindId::function_word, "function-word",
       "a word that carries no claim of its own (le, de, the, of): comparing a sentence with "
       "past fact-checks skips it"},
      {RuleKindId::determiner, "determiner",
       "a determiner: a quote after it names a thing, which a negation of the verb farther "
       "before does not reach (« il ne faut pas pervertir ce « Ségur » »)"},
      {RuleKindId::currency, "currency",
       "a currency written before or after an amount; value: its ISO 4217 code", false, true,
       "[A-Z]{3}"},
      {RuleKindId::date_cue, "date-cue",
       "a word that makes a bare year or month after it a date (en 2025, in May)"},
      {RuleKindId::date_part, "date-part",
       "the part of a month or year meant (début, mi-, late); value: early|mid|late", false, true,
       "early|mid|late"},
      {RuleKindId::month, "month", "a month name or abbreviation; value: its number, 1 to 12",
       false, true, "[1-9]|1[0-2]"},
      {RuleKindId::negation, "negation",
       "a negation cue; groups named cue… mark the negating words"},
      {RuleKindId::negating_verb, "negating-verb",
       "a verb that negates its object (exclure, rule out): « a exclu tout « report » » is "
       "negative; groups named cue… mark the negating words"},
      {RuleKindId::not_negation, "not-negation",
       "a form that looks negative but is not (ne … que, not only)"},
      {RuleKindId::number_label, "number-label",
       "a word that makes the number after it a name, not a quantity (article 17)"},
      {RuleKindId::number_word, "number-word",
       "a number written in words (deux, twelve); value: the number", false, true, "[0-9]{1,3}"},
      {RuleKindId::ordinal, "ordinal",
       "a number with an ordinal ending (1er, 2e, 3rd): a rank, or a day before a month"},
      {RuleKindId::percent_word, "percent-word",
       "what makes a number a percentage (%, pour cent, per cent)"},
      {RuleKindId::rebuttal, "rebuttal",
       "words that call a claim false (faux, intox, debunked): a sentence holding them corrects "
       "a checked claim rather than repeats it"},
      {RuleKindId::relative_date, "relative-date",
       "a date relative to the article's (hier, last week); value: an offset and its unit, "
       "e.g. \"-1 day\"",
       false, true, "[+-]?[0-9]{1,3} (?:day|week|month|year)"},
      {RuleKindId::reporting_verb, "reporting-verb", "a verb that reports speech (affirme, says)"},
      {RuleKindId::scale, "scale",
       "a word that multiplies a number (millions, bn); value: a power of ten, e.g. 1e6", false,
       true, "1e[0-9]{1,2}"},
      {RuleKindId::title_copula, "title-copula",
       "a verb in the present that gives a person a title after it (est, reste, is, remains)"},
      {RuleKindId::title_marker, "title-marker",
       "a word before a title that dates it; value: former (ancien, ex-) or then (alors, then-)",
       false, true, "former|then"},
      {RuleKindId::topic_word, "topic-word",
       "a word that names what a figure counts (morts, killed); value: the group of words that "
       "name one thing (dead), or people for words that count people without naming it",
       false, true, "[a-z]+(?:-[a-z]+)*"},
      {RuleKindId::weekday, "weekday", "a day of the week; value: 1 for Monday to 7 for Sunday",
       false, true, "[1-7]"},
  };
  return kinds;
}

const RuleKind* find_rule_kind(std::string_view name) {
  for (const RuleKind& kind : rule_kinds()) {
    if (kind.name == name)
      return &kind;
  }
  return nullptr;
}

const RuleKind& rule_kind(RuleKindId id) {
  return rule_kinds()[static_cast<std::size_t>(id)];
}

}  // namespace presscheck
