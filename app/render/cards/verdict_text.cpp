#include "render/cards/verdict_text.hpp"

#include <fmt/format.h>

#include "analysis/fact_evidence.hpp"
#include "render/cards/text_columns.hpp"

namespace presscheck {
namespace {

constexpr std::size_t kMargin = 0;
constexpr std::size_t kColumn = 14;

Painted verdict_tag(VerdictKind kind, Lang lang) {
  switch (kind) {
    case VerdictKind::supported:
      return {std::string(pick(lang, "confirmé", "supported")), Tone::good};
    case VerdictKind::contradicted:
      return {std::string(pick(lang, "contredit", "contradicted")), Tone::bad};
    case VerdictKind::outdated:
      return {std::string(pick(lang, "dépassé", "outdated")), Tone::warn};
    case VerdictKind::unknown:
      break;
  }
  return {std::string(pick(lang, "inconnu", "unknown")), Tone::faint};
}

// A claim in quotation marks, unless it is a quotation already.
std::string quoted(std::string_view claim, Lang lang) {
  for (std::string_view mark : {"«", "\"", "“", "‘"}) {
    if (claim.starts_with(mark))
      return std::string(claim);
  }
  return lang == Lang::fr ? fmt::format("« {} »", claim) : fmt::format("\"{}\"", claim);
}

}  // namespace

std::string render_verdicts_text(const SentenceReport& report, const Style& style) {
  const Document& doc = report.document;
  const Lang lang = doc.lang;
  std::string out =
      style.paint(fmt::format(fmt::runtime(pick(lang, "Base de faits {} :", "Fact base {}:")),
                              on_date(report.at, lang)),
                  Tone::faint);
  out += '\n';
  for (const ClaimVerdict& verdict : report.verdicts) {
    const std::string_view claim = doc.slice(verdict.span);
    Row row{{verdict_tag(verdict.kind, lang)},
            {{quoted(claim, lang), Tone::strong}, {verdict.message, Tone::plain}}};
    if (verdict.fact) {
      const FactEvidence& fact = *verdict.fact;
      const std::string& where = fact.source_url.empty() ? fact.source_title : fact.source_url;
      if (!where.empty()) {
        row.right.push_back({fmt::format("{} {}", pick(lang, "source :", "source:"), where),
                             Tone::faint, !fact.source_url.empty()});
      }
      row.right.push_back(
          {fmt::format("{} {}", pick(lang, "fait :", "fact:"), fact.id), Tone::faint});
    }
    append_row(out, style, row, kMargin, kColumn);
  }
  return out;
}

}  // namespace presscheck
