#include "render/cards/verdict_json.hpp"

#include "core/json_writer.hpp"

namespace presscheck {

std::string render_verdicts_json(const SentenceReport& report) {
  const Document& doc = report.document;
  JsonWriter json;
  json.begin_object();
  json.key("sentence").value(doc.text).key("lang").value(lang_code(doc.lang));
  json.key("date").value(report.at.iso()).key("verdicts").begin_array();
  for (const ClaimVerdict& verdict : report.verdicts) {
    json.begin_object();
    json.key("verdict").value(verdict_kind_name(verdict.kind));
    json.key("claim").value(doc.slice(verdict.span));
    json.key("begin").value(static_cast<long long>(verdict.span.begin));
    json.key("end").value(static_cast<long long>(verdict.span.end));
    json.key("message").value(verdict.message);
    json.key("rule");
    if (verdict.rule.empty())
      json.null();
    else
      json.value(verdict.rule);
    json.key("fact");
    if (!verdict.fact) {
      json.null();
    } else {
      const FactEvidence& fact = *verdict.fact;
      json.begin_object().key("id").value(fact.id).key("value").value(fact.value);
      json.key("valid_from").value(fact.valid_from).key("valid_to").value(fact.valid_to);
      json.key("point_in_time").value(fact.point_in_time);
      json.key("source_url").value(fact.source_url).key("source_title").value(fact.source_title);
      json.end_object();
    }
    json.end_object();
  }
  json.end_array().end_object();
  return json.str() + "\n";
}

}  // namespace presscheck
