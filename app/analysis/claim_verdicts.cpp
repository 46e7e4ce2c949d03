#include "analysis/claim_verdicts.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <algorithm>
#include <set>
#include <tuple>

#include "analysis/fact_evidence.hpp"
#include "analysis/fact_time.hpp"
#include "analysis/quote_verdicts.hpp"
#include "analysis/value_topic.hpp"
#include "analysis/verdict_rules.hpp"
#include "extract/agreement.hpp"
#include "extract/claim.hpp"

namespace presscheck {
namespace {

/// The problems the fact checks found, by rule; a value claim takes its finding over.
struct Findings {
  std::vector<Diagnostic> value_mismatches;
  std::vector<Diagnostic> outdated_titles;
  std::vector<Diagnostic> quote_mismatches;
  std::vector<Diagnostic> previously_checked;
};

Findings sort_findings(const std::vector<Diagnostic>& found) {
  Findings findings;
  for (const Diagnostic& d : found) {
    if (d.rule == verdict_rules::kValueMismatch)
      findings.value_mismatches.push_back(d);
    else if (d.rule == verdict_rules::kOutdatedTitle)
      findings.outdated_titles.push_back(d);
    else if (d.rule == verdict_rules::kQuoteMismatch)
      findings.quote_mismatches.push_back(d);
    else if (d.rule == verdict_rules::kPreviouslyChecked)
      findings.previously_checked.push_back(d);
  }
  return findings;
}

Span cover(Span a, Span b) {
  return {std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

// A stricter reading than the check's: the check keeps quiet about an amount in another
// currency (it may be a conversion), but nothing then supports it either.
bool matches(const Value& written, const facts::Value& actual) {
  switch (actual.type) {
    case facts::ValueType::money:
      return (written.currency.empty() || written.currency == actual.unit) &&
             agrees(written, actual.number);
    case facts::ValueType::quantity:
    case facts::ValueType::percent:
      return agrees(written, actual.number);
    case facts::ValueType::date:
      return agrees(written, actual.date);
    default:
      return false;
  }
}

/// « amende de X = 120 000 000 EUR (décembre 2025) », the way the checks state a fact.
std::string stated(const facts::FactBase& base, const ValueClaim& claim,
                   const facts::Statement& fact, Lang lang) {
  return fmt::format(fmt::runtime(lang == Lang::fr ? "{} de {} = {} ({})" : "{} of {} = {} ({})"),
                     property_label(base, claim.property, lang),
                     entity_name(base, claim.entity, lang), show_value(base, fact.value, lang),
                     describe_validity(fact, lang));
}

ClaimVerdict value_verdict(const DraftContext& context, const ValueClaim& claim,
                           Findings& findings) {
  const Document& doc = context.document;
  const facts::FactBase& base = context.facts->base();
  const Lang lang = doc.lang;
  const Date at = article_date(doc);
  ClaimVerdict verdict;
  verdict.span = cover(claim.label, written_span(*claim.value));
  auto& mismatches = findings.value_mismatches;
  const auto flagged = std::find_if(mismatches.begin(), mismatches.end(), [&](const Diagnostic& d) {
    return d.span == claim.value->span;
  });
  if (flagged != mismatches.end()) {
    verdict.kind = VerdictKind::contradicted;
    verdict.message = flagged->message;
    verdict.fact = flagged->fact;
    verdict.rule = flagged->rule;
    mismatches.erase(flagged);
    return verdict;
  }
  const std::vector<facts::Statement> best = base.best_statements(claim.entity, claim.property, at);
  for (const facts::Statement& fact : best) {
    if (!matches(*claim.value, fact.value))
      continue;
    verdict.kind = VerdictKind::supported;
    verdict.message = fmt::format(fmt::runtime(lang == Lang::fr ? "conforme à la base de faits : {}"
                                                                : "agrees with the fact base: {}"),
                                  stated(base, claim, fact, lang));
    verdict.fact = fact_evidence(base, fact, lang);
    return verdict;
  }
  // A value that only a statement no longer valid gives: a former figure, or a corrected one.
  for (const facts::ListedStatement& listed : base.statements_about(claim.entity, at)) {
    const facts::Statement& old = listed.statement;
    if (listed.current || old.property != claim.property || !matches(*claim.value, old.value))
      continue;
    const bool corrected = old.rank == facts::Rank::deprecated;
    // A fact that starts after the date is not out of date: the base knows nothing yet.
    const Date& started = old.point_in_time
                              ? *old.point_in_time
                              : old.valid_from.value_or(Date{0, 0, 0, Precision::year});
    if (!corrected && started.first_day() > at.first_day())
      continue;
    verdict.kind = VerdictKind::outdated;
    verdict.fact = fact_evidence(base, old, lang);
    const std::string now = best.empty() ? std::string(pick(lang, "aucune valeur", "no value"))
                                         : stated(base, claim, best.front(), lang);
    if (lang == Lang::fr) {
      verdict.message =
          corrected ? fmt::format("valeur corrigée dans la base de faits ; elle donne : {}", now)
                    : fmt::format("valeur dépassée {} ; la base de faits donne : {}",
                                  on_date(at, lang), now);
    } else {
      verdict.message =
          corrected
              ? fmt::format("a value the fact base has corrected; it now gives: {}", now)
              : fmt::format("out of date {}; the fact base gives: {}", on_date(at, lang), now);
    }
    return verdict;
  }
  verdict.kind = VerdictKind::unknown;
  const std::string label = property_label(base, claim.property, lang);
  const std::string entity = entity_name(base, claim.entity, lang);
  if (best.empty()) {
    verdict.message = fmt::format(
        fmt::runtime(lang == Lang::fr ? "la base de faits ne donne pas de valeur « {} » pour {} {}"
                                      : "the fact base holds no \"{}\" value for {} {}"),
        label, entity, on_date(at, lang));
  } else {
    // The check kept quiet: the base's fact is about another event, or in another currency.
    verdict.message =
        fmt::format(fmt::runtime(lang == Lang::fr
                                     ? "la base de faits donne {}, sans lien établi avec ce chiffre"
                                     : "the fact base gives {}, which may be another matter"),
                    stated(base, claim, best.front(), lang));
    verdict.fact = fact_evidence(base, best.front(), lang);
  }
  return verdict;
}

// The marker (« ancien », "former", "then") written right before `office`, if any.
std::string marker_before(const Document& doc, const std::vector<RuleMatch>& markers, Span office) {
  for (const RuleMatch& marker : markers) {
    if (marker.span.end > office.begin || office.begin - marker.span.end > 3)
      continue;
    const std::string_view gap = doc.slice({marker.span.end, office.begin});
    const bool joins = std::all_of(gap.begin(), gap.end(), [](char c) {
      return c == ' ' || c == '-' || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
    });
    if (joins)
      return marker.rule->value;
  }
  return {};
}

bool is_person(const facts::FactBase& base, const std::string& id) {
  const auto entity = base.entity(id);
  return entity && entity->kind == facts::EntityKind::person;
}

// Titles the check found right: an office named in the sentence of a person who holds it at
// the date, or who held it and is called former. An office merely named near someone who
// once held it says nothing about them, and gets no verdict.
void title_verdicts(const DraftContext& context, const Findings& findings,
                    std::vector<ClaimVerdict>& out) {
  const Document& doc = context.document;
  const facts::FactBase& base = context.facts->base();
  const Date at = article_date(doc);
  for (std::size_t b = 0; b < context.analysis.blocks.size(); ++b) {
    const BlockAnalysis& block = context.analysis.blocks[b];
    const auto& mentions = context.extraction->blocks[b].entities;
    const auto& markers = context.extraction->blocks[b].title_markers;
    for (const Mention& person_mention : mentions) {
      const Span within = sentence_holding(block, person_mention.span);
      for (const std::string& person : person_mention.ids) {
        if (!is_person(base, person))
          continue;
        const auto held = base.statements_about(person, at);
        for (const Mention& office_mention : mentions) {
          if (!within.contains(office_mention.span) ||
              std::any_of(
                  findings.outdated_titles.begin(), findings.outdated_titles.end(),
                  [&](const Diagnostic& d) { return d.span.overlaps(office_mention.span); }))
            continue;
          for (const facts::ListedStatement& listed : held) {
            const facts::Statement& fact = listed.statement;
            // An office held is a statement whose value is an office, whatever its property.
            if (fact.value.type != facts::ValueType::entity ||
                !context.facts->offices().ids.contains(fact.value.text) ||
                fact.rank == facts::Rank::deprecated ||
                std::find(office_mention.ids.begin(), office_mention.ids.end(), fact.value.text) ==
                    office_mention.ids.end())
              continue;
            const std::string marker = marker_before(doc, markers, office_mention.span);
            const bool past = marker == "former" || marker == "then";
            if (listed.current == past || (!past && !known_at(base, fact, at)))
              continue;
            const std::string name = entity_name(base, person, doc.lang);
            // As the sentence writes it, so « commissaire européenne » keeps its gender.
            const std::string office = std::string(doc.slice(office_mention.span));
            const std::string when = describe_validity(fact, doc.lang);
            ClaimVerdict verdict;
            verdict.kind = VerdictKind::supported;
            verdict.span = cover(person_mention.span, office_mention.span);
            if (doc.lang == Lang::fr) {
              verdict.message =
                  past ? fmt::format("{} a occupé la fonction de « {} » ({})", name, office, when)
                       : fmt::format("{} occupe la fonction de « {} » {} ({})", name, office,
                                     on_date(at, doc.lang), when);
            } else {
              verdict.message =
                  past ? fmt::format("{} held the office of \"{}\" ({})", name, office, when)
                       : fmt::format("{} holds the office of \"{}\" {} ({})", name, office,
                                     on_date(at, doc.lang), when);
            }
            verdict.fact = fact_evidence(base, fact, doc.lang);
            out.push_back(std::move(verdict));
          }
        }
      }
    }
  }
}

ClaimVerdict from_finding(const Diagnostic& diagnostic, VerdictKind kind) {
  return {kind, diagnostic.span, diagnostic.message, diagnostic.fact, diagnostic.rule};
}

// Nothing to weigh: say which names the base knows, so the reader sees it was read.
ClaimVerdict nothing_known(const DraftContext& context) {
  const Document& doc = context.document;
  std::vector<std::string> names;
  for (const BlockExtraction& block : context.extraction->blocks) {
    for (const Mention& mention : block.entities) {
      std::string name(doc.slice(mention.span));
      if (std::find(names.begin(), names.end(), name) == names.end())
        names.push_back(std::move(name));
    }
  }
  ClaimVerdict verdict;
  verdict.span = {0, doc.text.size()};
  if (names.empty()) {
    verdict.message = pick(doc.lang, "la base de faits ne connaît rien de ce que dit cette phrase",
                           "the fact base knows nothing this sentence names");
  } else {
    verdict.message = fmt::format(
        fmt::runtime(doc.lang == Lang::fr
                         ? "la base de faits connaît {} mais rien de ce que la phrase en dit"
                         : "the fact base knows {} but holds nothing on what the sentence says"),
        fmt::join(names, ", "));
  }
  return verdict;
}

}  // namespace

std::string_view verdict_kind_name(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::supported:
      return "supported";
    case VerdictKind::contradicted:
      return "contradicted";
    case VerdictKind::outdated:
      return "outdated";
    case VerdictKind::unknown:
      break;
  }
  return "unknown";
}

std::vector<ClaimVerdict> claim_verdicts(const DraftContext& context,
                                         const std::vector<Diagnostic>& findings_of_checks) {
  if (context.extraction == nullptr || context.facts == nullptr)
    return {};
  Findings findings = sort_findings(findings_of_checks);
  std::vector<ClaimVerdict> verdicts;
  std::set<std::tuple<std::string, std::string, const Value*>> seen;
  for (const ValueClaim& claim :
       read_value_claims(context.analysis, *context.extraction, *context.facts)) {
    // Two labels of one property (« amende », « sanction financière ») make one claim.
    if (seen.insert({claim.entity, claim.property, claim.value}).second)
      verdicts.push_back(value_verdict(context, claim, findings));
  }
  title_verdicts(context, findings, verdicts);
  for (ClaimVerdict& quoted : supported_quotes(context, findings.quote_mismatches))
    verdicts.push_back(std::move(quoted));
  for (const Diagnostic& d : findings.value_mismatches)
    verdicts.push_back(from_finding(d, VerdictKind::contradicted));
  // The title check suggests « ancien » when the office is no longer held; without a
  // suggestion, it is « ancien » that is wrong.
  for (const Diagnostic& d : findings.outdated_titles) {
    verdicts.push_back(
        from_finding(d, d.suggestion ? VerdictKind::outdated : VerdictKind::contradicted));
  }
  for (const Diagnostic& d : findings.quote_mismatches)
    verdicts.push_back(from_finding(d, VerdictKind::contradicted));
  // A sentence repeating a claim rated false: the fact-checkers' verdict contradicts it.
  for (const Diagnostic& d : findings.previously_checked)
    verdicts.push_back(from_finding(d, VerdictKind::contradicted));
  if (verdicts.empty())
    verdicts.push_back(nothing_known(context));
  std::stable_sort(verdicts.begin(), verdicts.end(),
                   [](const ClaimVerdict& a, const ClaimVerdict& b) {
                     return std::tie(a.span.begin, a.span.end) < std::tie(b.span.begin, b.span.end);
                   });
  return verdicts;
}

}  // namespace presscheck
