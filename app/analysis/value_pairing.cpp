#include "analysis/value_pairing.hpp"

#include <algorithm>

#include "analysis/value_echo.hpp"
#include "analysis/value_role.hpp"
#include "core/utf8.hpp"
#include "extract/near_miss.hpp"

namespace presscheck {
namespace {

struct BodyValue {
  const Value* value;
  ValueTopic topic;
  const BlockAnalysis* block;
  const BlockExtraction* found;
  std::vector<int> years;  // the years its sentence writes in dates
};

/// The body's values a check reads, each with its topic.
struct BodyValues {
  std::vector<BodyValue> candidates;  // accepted: those that can contradict
  std::vector<BodyValue> agreeing;    // those that may agree
};

// Wire headlines in capitals ("4TH QTR JAN 31 NET") lose what reading values relies on:
// « JAN 31 » is not read as a date, so its day would be taken for a count.
bool is_in_capitals(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = utf8::next(text, pos);
    if (utf8::is_letter(cp) && !is_latin_capital(cp))
      return false;
  }
  return true;
}

// A bound of a range or a part of a total is not the figure itself.
bool stands_alone(const BlockAnalysis& block, const BlockExtraction& found, const Value& value) {
  return !is_range_bound(block, found, value) && !is_subset(block, value);
}

// The years each sentence of a block writes in a date, by the sentence's start, in text
// order. A figure is of the time its sentence names: « un coup de filet en janvier 2017
// s'était conclu par la mise en examen de dix suspects » does not count the suspects a
// 2020 headline's « 11 suspects » counts.
using SentenceYears = std::vector<std::pair<std::size_t, std::vector<int>>>;

SentenceYears years_by_sentence(const BlockAnalysis& block, const BlockExtraction& found) {
  SentenceYears years;
  for (const Value& value : found.values) {
    if (!value.date || value.date->relative || value.date->date.year == 0)
      continue;
    const std::size_t start = sentence_of(block, value.span).begin;
    if (years.empty() || years.back().first != start)
      years.push_back({start, {}});
    years.back().second.push_back(value.date->date.year);
  }
  return years;
}

std::vector<int> years_of(const SentenceYears& years, const BlockAnalysis& block,
                          const Value& value) {
  const std::size_t start = sentence_of(block, value.span).begin;
  const auto it = std::lower_bound(years.begin(), years.end(), start,
                                   [](const std::pair<std::size_t, std::vector<int>>& s,
                                      std::size_t at) { return s.first < at; });
  return it != years.end() && it->first == start ? it->second : std::vector<int>{};
}

// Whether a body figure is told at a year the headline's sentence does not name, other
// than the article's own.
bool of_another_time(const std::vector<int>& body_years, const std::vector<int>& top_years,
                     const Document& doc) {
  return std::any_of(body_years.begin(), body_years.end(), [&](int year) {
    return (!doc.date || year != doc.date->year) &&
           std::find(top_years.begin(), top_years.end(), year) == top_years.end();
  });
}

BodyValues read_body(const DraftContext& context, const PairingRules& rules, std::size_t count) {
  BodyValues body;
  const auto& blocks = context.analysis.blocks;
  const auto& extracted = context.extraction->blocks;
  for (std::size_t i = 0; i < count; ++i) {
    if (blocks[i].block.part != Part::body)
      continue;
    const SentenceYears years = years_by_sentence(blocks[i], extracted[i]);
    for (const Value& value : extracted[i].values) {
      const bool accepted =
          rules.accepts(value, Part::body) && stands_alone(blocks[i], extracted[i], value);
      if (!accepted && !rules.may_agree(value))
        continue;
      BodyValue read{&value, topic_of(context.document, blocks[i], extracted[i], value), &blocks[i],
                     &extracted[i], years_of(years, blocks[i], value)};
      if (rules.may_agree(value))
        body.agreeing.push_back(read);
      if (accepted)
        body.candidates.push_back(std::move(read));
    }
  }
  return body;
}

// Whether a body value about another topic still confirms the headline's: the same
// figure written alike, or an agreeing one in a sentence that shares a word with the
// headline's clause (« Le Dow Jones […] s'est apprécié de 2,05 % » under « le Dow Jones
// grimpe de 2 % »).
bool confirms(const Value& value, const ValueTopic& clause, const BodyValue& other,
              const PairingRules& rules) {
  if (rules.same_figure && rules.same_figure(value, *other.value))
    return true;
  return rules.agree(value, *other.value) &&
         same_topic(clause, clause_topic(*other.block, *other.found, *other.value));
}

// Whether a body value that may agree says the headline's figure about its topic.
bool agreed_in_body(const Value& value, const ValueTopic& topic, const ValueTopic& clause,
                    const BodyValues& body, const PairingRules& rules) {
  return std::any_of(body.agreeing.begin(), body.agreeing.end(), [&](const BodyValue& other) {
    if (rules.any_topic_agrees || !other.topic.named() || same_topic(topic, other.topic))
      return rules.agree(value, *other.value);
    return confirms(value, clause, other, rules);
  });
}

// The approximator written before a value (« plus de », "more than"), folded; empty if none.
std::string approximator_of(const Document& doc, const Value& value) {
  return value.approximator ? utf8::fold(doc.slice(value.approximator->span)) : std::string();
}

// Whether two values written with the same approximator (or none) give the same figure:
// "more than 10 mln" does not say the "more than 20 mln" of the sentence it copies,
// though each bound alone would agree with the other's figure.
bool same_bare_figure(const Document& doc, const Value& top, const Value& body,
                      const PairingRules& rules) {
  if (approximator_of(doc, top) != approximator_of(doc, body))
    return false;
  Value bare_top = top;
  Value bare_body = body;
  bare_top.approximator.reset();
  bare_body.approximator.reset();
  return rules.agree(bare_top, bare_body);
}

// Whether two values say the same figure as an echo reads them: alike when their
// approximators are, else as the check reads any two values.
bool agree_alike(const Document& doc, const Value& top, const Value& body,
                 const PairingRules& rules) {
  if (approximator_of(doc, top) == approximator_of(doc, body))
    return same_bare_figure(doc, top, body, rules);
  return rules.agree(top, body);
}

/// What the body sentences that repeat a headline value's words say of it.
struct EchoVerdict {
  bool confirmed = false;          // an echo gives the same figure
  const Value* witness = nullptr;  // the echoes give another figure, this one
};

// The body sentences that repeat the words around a headline value most closely: when they
// give another figure, the headline changed it (a standfirst copying the lead with « 620 »
// for its « 440 »), even where the body also gives other figures about the same thing, or
// the figure is a bound of a range.
EchoVerdict echoed_in_body(const Document& doc, const BlockAnalysis& block, const Value& value,
                           const BodyValues& body, const PairingRules& rules) {
  int best = 0;
  std::vector<const BodyValue*> echoes;
  const auto consider = [&](const BodyValue& other) {
    if (!rules.comparable(value, *other.value))
      return;
    const EchoMatch match = echo_between(block, value, *other.block, *other.value);
    if (!match.echoes() || match.words() < best)
      return;
    if (match.words() > best)
      echoes.clear();
    best = match.words();
    echoes.push_back(&other);
  };
  std::for_each(body.agreeing.begin(), body.agreeing.end(), consider);
  std::for_each(body.candidates.begin(), body.candidates.end(), consider);
  EchoVerdict verdict;
  if (echoes.empty())
    return verdict;
  verdict.confirmed = std::any_of(echoes.begin(), echoes.end(), [&](const BodyValue* echo) {
    return agree_alike(doc, value, *echo->value, rules);
  });
  const Value* first = echoes.front()->value;
  const bool one_figure = std::all_of(echoes.begin(), echoes.end(), [&](const BodyValue* echo) {
    return rules.agree(*echo->value, *first);
  });
  if (!verdict.confirmed && one_figure && rules.accepts(*first, Part::body))
    verdict.witness = first;
  return verdict;
}

// Whether the body gives the changed figure elsewhere, written alike, about the same
// thing: a toll the body updates (« 10 morts » in its lead, « 12 morts » further down)
// leaves a standfirst's « 12 morts » right.
bool restated_in_body(const Document& doc, const Value& value, const ValueTopic& topic,
                      const BodyValues& body, const PairingRules& rules) {
  return std::any_of(body.agreeing.begin(), body.agreeing.end(), [&](const BodyValue& other) {
    return (!other.topic.named() || same_topic(topic, other.topic)) &&
           same_bare_figure(doc, value, *other.value, rules);
  });
}

// The body value a headline value contradicts, or null: the body's comparable values
// about its topic all say one thing, and none that may agree does.
const Value* contradicting(const Value& value, const ValueTopic& topic, const ValueTopic& clause,
                           const std::vector<int>& years, const BodyValues& body,
                           const PairingRules& rules, const Document& doc) {
  std::vector<const Value*> witnesses;
  for (const BodyValue& candidate : body.candidates) {
    if (value.kind != ValueKind::date && of_another_time(candidate.years, years, doc))
      continue;
    if (rules.comparable(value, *candidate.value) && topic.unit == candidate.topic.unit &&
        same_topic(topic, candidate.topic)) {
      witnesses.push_back(candidate.value);
    }
  }
  const bool consistent = std::all_of(witnesses.begin(), witnesses.end(), [&](const Value* w) {
    return rules.agree(*w, *witnesses.front());
  });
  if (witnesses.empty() || !consistent)
    return nullptr;
  return agreed_in_body(value, topic, clause, body, rules) ? nullptr : witnesses.front();
}

}  // namespace

std::vector<Contradiction> contradicted_values(const DraftContext& context,
                                               const PairingRules& rules) {
  std::vector<Contradiction> found;
  if (context.extraction == nullptr)
    return found;
  const auto& blocks = context.analysis.blocks;
  const auto& extracted = context.extraction->blocks;
  const std::size_t count = std::min(blocks.size(), extracted.size());
  const BodyValues body = read_body(context, rules, count);
  if (body.candidates.empty())
    return found;
  for (std::size_t i = 0; i < count; ++i) {
    const Part part = blocks[i].block.part;
    if (part == Part::body || is_in_capitals(context.document.slice(blocks[i].block.span)))
      continue;
    const SentenceYears years = years_by_sentence(blocks[i], extracted[i]);
    for (const Value& value : extracted[i].values) {
      if (!rules.accepts(value, part) || is_quoted(blocks[i], value))
        continue;
      const Document& doc = context.document;
      ValueTopic topic = topic_of(doc, blocks[i], extracted[i], value);
      const EchoVerdict echo = echoed_in_body(doc, blocks[i], value, body, rules);
      if (echo.confirmed)
        continue;
      if (echo.witness != nullptr) {
        if (!restated_in_body(doc, value, topic, body, rules))
          found.push_back({part, &value, echo.witness});
        continue;
      }
      if (!stands_alone(blocks[i], extracted[i], value))
        continue;
      const ValueTopic clause = clause_topic(blocks[i], extracted[i], value);
      if (!topic.named() && rules.takes_clause && rules.takes_clause(value))
        topic.words = clause.words;
      if (topic.empty())
        continue;
      if (const Value* witness =
              contradicting(value, topic, clause, years_of(years, blocks[i], value), body, rules,
                            context.document))
        found.push_back({part, &value, witness});
    }
  }
  return found;
}

}  // namespace presscheck
