#include "analysis/value_topic.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <string_view>

#include "analysis/value_phrase.hpp"
#include "analysis/value_walk.hpp"
#include "core/utf8.hpp"

namespace presscheck {
namespace {

// Words that tell nothing about what a value measures: articles, prepositions, pronouns,
// auxiliaries and reporting verbs of both languages, folded. They live here rather than in
// a rule pack because they only serve to skip words, never to report anything.
constexpr std::string_view kFunctionWords[] = {
    // French
    "les", "des", "une", "aux", "dans", "sur", "sous", "par", "pour", "avec", "sans", "chez",
    "entre", "vers", "contre", "selon", "apres", "avant", "pendant", "depuis", "plus", "moins",
    "pres", "environ", "quelque", "quelques", "cet", "cette", "ces", "son", "ses", "leur", "leurs",
    "notre", "nos", "votre", "vos", "mon", "mes", "ils", "elle", "elles", "nous", "vous", "qui",
    "que", "quoi", "dont", "est", "sont", "etait", "etaient", "ete", "sera", "seront", "ont",
    "avait", "avaient", "fait", "pas", "tout", "tous", "toute", "toutes", "autre", "autres", "deja",
    "encore", "aussi", "tres", "bien", "soit", "ainsi", "lors", "comme", "mais", "donc", "car",
    "jusqu", "jusque", "dit", "declare", "affirme", "indique", "annonce", "estime", "explique",
    "precise", "ajoute", "via", "cela", "ceci", "lui", "eux", "etre", "avoir", "fin", "debut", "mi",
    // English
    "the", "and", "from", "into", "over", "under", "about", "after", "before", "since", "than",
    "are", "was", "were", "been", "being", "has", "have", "had", "will", "would", "could", "should",
    "may", "might", "can", "does", "did", "its", "this", "that", "these", "those", "their", "his",
    "her", "our", "your", "she", "they", "you", "who", "which", "what", "said", "says", "say",
    "also", "more", "less", "nearly", "almost", "some", "around", "per", "with", "for", "not",
    "all", "out", "off", "early", "late", "mid", "last", "next", "ago", "dernier", "derniere",
    "prochain", "prochaine",
    // « à partir du 1er août », « aura lieu le 4 juin », "as of June 4": no event named
    "partir", "compter", "lieu", "date"};

// Units say how a value is counted, not what it counts: « 20 ans de prison » is about
// prison, « un adolescent de 16 ans » about nothing the number names.
constexpr std::string_view kUnitWords[] = {
    "an",       "ans",      "annee",  "annees",    "mois",       "jour",    "jours",      "semaine",
    "semaines", "heure",    "heures", "minute",    "minutes",    "seconde", "secondes",   "siecle",
    "siecles",  "fois",     "km",     "kilometre", "kilometres", "metre",   "metres",     "kg",
    "kilo",     "kilos",    "tonne",  "tonnes",    "point",      "points",  "degre",      "degres",
    "hectare",  "hectares", "year",   "years",     "month",      "months",  "day",        "days",
    "week",     "weeks",    "hour",   "hours",     "seconds",    "times",   "kilometers", "miles",
    "meters",   "feet",     "tons",   "degrees",   "acres",      "percent", "cent"};

// Words of change and aggregation name no thing of their own: « une baisse de 15,6 % » and
// « une baisse de 36,7 % » are often two different falls in one article.
constexpr std::string_view kChangeWords[] = {
    "baisse", "hausse", "augmentation", "diminution", "recul", "progression", "chute", "bond",
    "total", "nombre", "montant", "moyenne", "rise", "fall", "increase", "decrease", "drop", "jump",
    "number", "amount", "average", "vs",
    // nor do ages: « à l'âge de 90 ans » and « depuis l'âge de 11 ans »
    "age"};

// The words that tie a value to the noun after it: « 45 millions d'euros d'amende », "20
// years of prison".
constexpr std::string_view kLinksAfter[] = {"de", "d", "du", "des", "of"};
// The words that tie a value to the noun before it: « amende de 45 millions », "fine of
// $45m", « l'élection du 4 juin », « mort le 4 juin », "the vote on June 14".
constexpr std::string_view kLinksBefore[] = {"de", "d", "du", "des", "of", "le", "on"};
// The prepositions that give a figure without a noun what it is for: « promet 3,4
// milliards pour les hôpitaux », "pledges £3.4bn for hospitals", "spend £3bn on schools".
constexpr std::string_view kLinksPurpose[] = {"pour", "for", "on", "into"};
// How many function words may stand between a figure, or the people it counts, and the
// topic word that names it: « 9 personnes ont été tuées », "30 have been killed".
constexpr int kMaxSkipped = 3;

template <std::size_t N>
bool listed(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

bool all_digits(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Short words are mostly elisions and particles (l', d', of, to), and numbers say nothing
// about what another number counts.
bool is_noise(std::string_view folded) {
  return folded.size() < 3 || all_digits(folded) || listed(kFunctionWords, folded);
}

// « amendes » and « amende », "fines" and "fine" name one thing; dropping a final s or x is
// enough to see it in both languages.
std::string singular(std::string word) {
  if (word.size() > 4 && (word.back() == 's' || word.back() == 'x'))
    word.pop_back();
  return word;
}

void add_unique(std::vector<std::string>& list, std::string item) {
  if (std::find(list.begin(), list.end(), item) == list.end())
    list.push_back(std::move(item));
}

bool significant(const Token& token) {
  return !is_noise(token.folded) && !listed(kUnitWords, token.folded) &&
         !listed(kChangeWords, token.folded);
}

// What names a value's topic: a word of the text, folded and singular, or the group of a
// topic word (« tués » and "killed" both name the dead).
struct Naming {
  const Token* token = nullptr;
  std::string word;
};

Naming noun(const Token& token) {
  return {&token, singular(token.folded)};
}

// The topic word starting in `token`, if any. Topic words are found left to right and
// never overlap: one search finds the only candidate.
const TopicWord* topic_word_at(const BlockExtraction& found, const Token& token) {
  const auto word =
      std::upper_bound(found.topics.begin(), found.topics.end(), token.span.begin,
                       [](std::size_t at, const TopicWord& w) { return at < w.span.end; });
  if (word == found.topics.end() || !word->span.contains(token.span.begin))
    return nullptr;
  return &*word;
}

// The topic word a few function words after a figure names it (« 9 personnes ont été
// tuées », "30 were killed", "34 others injured"); any other word ends the search, so a
// figure never takes a noun from further away than before.
Naming topic_word_after(Walk& walk, const BlockExtraction& found, int skipped) {
  for (const Token* token = walk.next(); token != nullptr; token = walk.next()) {
    if (const TopicWord* word = topic_word_at(found, *token)) {
      if (word->group != kPeopleGroup)
        return {token, std::string(word->group)};
    } else if (!is_noise(token->folded) || ++skipped > kMaxSkipped) {
      return {};
    }
  }
  return {};
}

// The noun a purpose preposition gives a figure: « pour les hôpitaux », "for hospitals".
Naming noun_of_purpose(Walk& walk, const BlockExtraction& found) {
  int skipped = 0;
  for (const Token* token = walk.next(); token != nullptr; token = walk.next()) {
    if (const TopicWord* word = topic_word_at(found, *token))
      return word->group == kPeopleGroup ? Naming{} : Naming{token, std::string(word->group)};
    if (significant(*token))
      return noun(*token);
    if (++skipped > kMaxSkipped)
      return {};
  }
  return {};
}

// The noun right after a value: « 45 millions d'euros d'amende », « 20 ans de prison », or
// the topic word a few function words on (« 9 personnes ont été tuées »), or the noun of a
// purpose preposition (« 3,4 milliards pour les hôpitaux »). A unit and a link word may
// stand between; anything else ends the search.
Naming noun_after(Walk walk, const BlockExtraction& found, std::string& unit) {
  bool link_seen = false;
  for (const Token* token = walk.next(); token != nullptr; token = walk.next()) {
    if (const TopicWord* word = topic_word_at(found, *token)) {
      // After a unit the figure measures the unit: « un adolescent de 16 ans tué » gives
      // an age, not a toll.
      if (!unit.empty())
        return {};
      // People are counted, but « 500 personnes » and « 268 personnes » in one article
      // are rarely the same people: what happened to them names the thing.
      if (word->group == kPeopleGroup)
        return topic_word_after(walk, found, 0);
      return {token, std::string(word->group)};
    }
    if (unit.empty() && !link_seen && listed(kUnitWords, token->folded)) {
      unit = singular(token->folded);
    } else if (!link_seen && listed(kLinksAfter, token->folded)) {
      link_seen = true;
    } else if (!link_seen && listed(kLinksPurpose, token->folded)) {
      return noun_of_purpose(walk, found);
    } else if (significant(*token)) {
      return noun(*token);
    } else {
      const bool may_skip = !link_seen && unit.empty() && is_noise(token->folded);
      return may_skip ? topic_word_after(walk, found, 1) : Naming{};
    }
  }
  return {};
}

// The noun a link word ties the value to (« amende de 45 millions », "vote on June 14"),
// or the topic word right before it, most often a verb (« a tué 9 personnes », "killed 15").
Naming noun_before(Walk walk, const BlockExtraction& found, const std::string& unit) {
  const Token* link = walk.next();
  if (link == nullptr)
    return {};
  if (const TopicWord* word = topic_word_at(found, *link)) {
    const bool counts_it = unit.empty() && word->group != kPeopleGroup;
    return counts_it ? Naming{link, std::string(word->group)} : Naming{};
  }
  if (!listed(kLinksBefore, link->folded))
    return {};
  const Token* token = walk.next();
  return token != nullptr && significant(*token) ? noun(*token) : Naming{};
}

// The topic the words right around a value give it.
ValueTopic own_topic(const Document& doc, const BlockAnalysis& block, const BlockExtraction& found,
                     const Value& value) {
  ValueTopic topic;
  const Naming next = noun_after(Walk::after(doc, block, found, value), found, topic.unit);
  const Naming previous = noun_before(Walk::before(doc, block, found, value), found, topic.unit);
  for (const Naming& naming : {next, previous}) {
    if (naming.token == nullptr)
      continue;
    const Span noun = naming.token->span;
    add_unique(topic.words, naming.word);
    // Labels are found left to right and never overlap: a search gives the first one
    // that may overlap the noun.
    auto label = std::upper_bound(found.labels.begin(), found.labels.end(), noun.begin,
                                  [](std::size_t at, const Mention& m) { return at < m.span.end; });
    for (; label != found.labels.end() && label->span.begin < noun.end; ++label) {
      for (const std::string& id : label->ids)
        add_unique(topic.labels, id);
    }
  }
  return topic;
}

// Whether a value ends its clause: nothing but punctuation or the block's end after it
// ("… and the TGWU has 800,000.").
bool ends_clause(const Document& doc, const BlockAnalysis& block, const Value& value) {
  const Span written = written_span(value);
  const auto next =
      std::lower_bound(block.tokens.begin(), block.tokens.end(), written.end,
                       [](const Token& token, std::size_t at) { return token.span.begin < at; });
  if (next == block.tokens.end())
    return true;
  return breaks_clause(doc.slice({written.end, next->span.begin}));
}

// The topic an elliptic value borrows: the nearest value of its kind before it in its
// sentence, when that one has a topic of its own. "Amicus has 1.2 million members and the
// TGWU has 800,000" counts members twice. Only that one value is read, so a sentence of
// thousands of figures stays linear.
ValueTopic borrowed_topic(const Document& doc, const BlockAnalysis& block,
                          const BlockExtraction& found, const Value& value) {
  const Span sentence = sentence_of(block, value.span);
  for (std::size_t i = position_of(found, value); i-- > 0;) {
    const Value& earlier = found.values[i];
    if (!sentence.contains(earlier.span))
      break;
    if (earlier.kind == value.kind)
      return own_topic(doc, block, found, earlier);
  }
  return {};
}

}  // namespace

bool names_a_topic(const BlockExtraction& found, const Token& token) {
  const TopicWord* word = topic_word_at(found, token);
  return word != nullptr ? word->group != kPeopleGroup : significant(token);
}

std::size_t position_of(const BlockExtraction& found, const Value& value) {
  // std::less orders any two pointers, so a value of another block is told apart safely.
  const Value* first = found.values.data();
  const Value* last = first + found.values.size();
  const std::less<const Value*> before;
  if (before(&value, first) || !before(&value, last))
    return found.values.size();
  return static_cast<std::size_t>(&value - first);
}

Span written_span(const Value& value) {
  Span span = value.span;
  if (value.approximator)
    span.begin = std::min(span.begin, value.approximator->span.begin);
  return span;
}

ValueTopic topic_of(const Document& doc, const BlockAnalysis& block, const BlockExtraction& found,
                    const Value& value) {
  ValueTopic topic = own_topic(doc, block, found, value);
  if (topic.empty() && ends_clause(doc, block, value))
    topic = borrowed_topic(doc, block, found, value);
  topic.phrase = phrase_around(doc, block, found, value);
  return topic;
}

ValueTopic clause_topic(const BlockAnalysis& block, const BlockExtraction& found,
                        const Value& value) {
  ValueTopic topic;
  const Span sentence = sentence_of(block, value.span);
  const auto [first, last] = tokens_inside(block.tokens, sentence);
  for (std::size_t i = first; i < last; ++i) {
    const Token& token = block.tokens[i];
    if (inside_value(found, token.span))
      continue;
    if (const TopicWord* word = topic_word_at(found, token)) {
      if (word->group != kPeopleGroup)
        add_unique(topic.words, std::string(word->group));
    } else if (significant(token)) {
      add_unique(topic.words, singular(token.folded));
    }
  }
  return topic;
}

bool same_topic(const ValueTopic& a, const ValueTopic& b) {
  auto shares = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return std::any_of(x.begin(), x.end(), [&](const std::string& item) {
      return std::find(y.begin(), y.end(), item) != y.end();
    });
  };
  return shares(a.words, b.words) || shares(a.labels, b.labels) ||
         (!a.phrase.empty() && a.phrase == b.phrase);
}

bool is_quoted(const BlockAnalysis& block, const Value& value) {
  return std::any_of(block.quotes.begin(), block.quotes.end(),
                     [&](const Quote& quote) { return quote.outer.contains(value.span); });
}

std::string_view block_name(Part part, Lang lang) {
  if (part == Part::standfirst)
    return pick(lang, "le chapô", "the standfirst");
  return pick(lang, "le titre", "the headline");
}

}  // namespace presscheck
