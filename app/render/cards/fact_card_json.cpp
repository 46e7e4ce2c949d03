#include "render/cards/fact_card_json.hpp"

#include "analysis/fact_evidence.hpp"
#include "analysis/fact_time.hpp"
#include "core/json_writer.hpp"
#include "render/cards/past_checks.hpp"

namespace presscheck {
namespace {

void words(JsonWriter& json, const facts::Words& words) {
  json.begin_object();
  for (const auto& [lang, list] : words) {
    json.key(lang_code(lang)).begin_array();
    for (const std::string& word : list)
      json.value(word);
    json.end_array();
  }
  json.end_object();
}

void optional_date(JsonWriter& json, std::string_view key, const std::optional<Date>& date) {
  if (date)
    json.key(key).value(date->iso());
}

void sources(JsonWriter& json, const std::vector<facts::Source>& list) {
  json.key("sources").begin_array();
  for (const facts::Source& source : list) {
    json.begin_object().key("id").value(source.id).key("url").value(source.url);
    json.key("title").value(source.title).end_object();
  }
  json.end_array();
}

void value(JsonWriter& json, const facts::Value& value) {
  json.begin_object().key("type").value(facts::value_type_name(value.type));
  switch (value.type) {
    case facts::ValueType::money:
    case facts::ValueType::quantity:
      json.key("number").value(value.number).key("unit").value(value.unit);
      break;
    case facts::ValueType::percent:
      json.key("number").value(value.number);
      break;
    case facts::ValueType::date:
      json.key("date").value(value.date.iso());
      break;
    case facts::ValueType::entity:
    case facts::ValueType::text:
      json.key("text").value(value.text);
      break;
  }
  json.end_object();
}

void statement(JsonWriter& json, const facts::FactBase& base, const CardStatement& listed,
               Lang lang) {
  const facts::Statement& s = listed.statement;
  json.begin_object();
  json.key("id").value(s.id).key("subject").value(s.subject).key("property").value(s.property);
  json.key("status").value(statement_status_name(listed.status));
  json.key("value");
  value(json, s.value);
  json.key("shown").value(show_value(base, s.value, lang));
  json.key("validity").value(describe_validity(s, lang));
  optional_date(json, "valid_from", s.valid_from);
  optional_date(json, "valid_to", s.valid_to);
  optional_date(json, "point_in_time", s.point_in_time);
  json.key("rank").value(facts::rank_name(s.rank));
  json.key("qualifiers").begin_object();
  for (const auto& [key, qualifier] : s.qualifiers) {
    json.key(key);
    value(json, qualifier);
  }
  json.end_object();
  sources(json, listed.sources);
  json.end_object();
}

void quote(JsonWriter& json, const CardQuote& card_quote) {
  const facts::Quote& q = card_quote.quote;
  json.begin_object().key("id").value(q.id).key("speaker").value(q.speaker);
  optional_date(json, "said_on", q.said_on);
  json.key("lang").value(lang_code(q.lang)).key("text").value(q.text);
  json.key("polarity").value(facts::polarity_name(q.polarity));
  json.key("translations").begin_object();
  for (const auto& [lang, text] : q.translations)
    json.key(lang_code(lang)).value(text);
  json.end_object();
  json.key("about").value(q.about).key("matched").value(card_quote.matched);
  sources(json, card_quote.sources);
  json.end_object();
}

void card(JsonWriter& json, const facts::FactBase& base, const FactCard& card, Lang lang) {
  json.begin_object();
  json.key("hit").begin_object();
  json.key("kind").value(facts::hit_kind_name(card.hit.kind)).key("text").value(card.hit.text);
  json.key("lang").value(lang_code(card.hit.lang)).key("exact").value(card.hit.exact);
  json.end_object();
  if (card.property) {
    const facts::Property& p = *card.property;
    json.key("type").value("property").key("id").value(p.id);
    json.key("value_type").value(facts::value_type_name(p.value_type));
    json.key("single_valued").value(p.single_valued).key("labels");
    words(json, p.labels);
    json.end_object();
    return;
  }
  const facts::Entity& e = *card.entity;
  json.key("type").value("entity").key("id").value(e.id);
  json.key("kind").value(facts::entity_kind_name(e.kind)).key("names");
  words(json, e.names);
  json.key("aliases");
  words(json, e.aliases);
  json.key("statements").begin_array();
  for (const CardStatement& s : card.statements)
    statement(json, base, s, lang);
  json.end_array().key("holders").begin_array();
  for (const CardStatement& s : card.holders)
    statement(json, base, s, lang);
  json.end_array().key("quotes").begin_array();
  for (const CardQuote& q : card.quotes)
    quote(json, q);
  json.end_array();
  json.end_object();
}

}  // namespace

std::string render_lookup_json(const LookupResult& result, const facts::FactBase& base, Lang lang) {
  JsonWriter json;
  json.begin_object();
  json.key("query").value(result.query);
  if (!result.respelled.empty())
    json.key("respelled").value(result.respelled);
  json.key("as_of").value(result.at.iso());
  json.key("lang").value(lang_code(lang)).key("results").begin_array();
  for (const FactCard& c : result.cards)
    card(json, base, c, lang);
  json.end_array();
  if (!result.past_checks.empty())
    write_past_checks_json(json.key("past_checks"), result.past_checks);
  json.end_object();
  return json.str() + "\n";
}

}  // namespace presscheck
