#include "render/cards/fact_card_text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <algorithm>
#include <map>

#include "analysis/fact_evidence.hpp"
#include "analysis/fact_time.hpp"
#include "core/terminal_safe.hpp"
#include "core/utf8.hpp"
#include "render/cards/past_checks.hpp"
#include "render/cards/text_columns.hpp"

namespace presscheck {
namespace {

constexpr std::size_t kMargin = 2;
constexpr std::size_t kColumn = 20;
// A query is echoed in messages; a pasted page is cut to this many code points.
constexpr std::size_t kEchoedQuery = 40;

std::string_view kind_label(facts::EntityKind kind, Lang lang) {
  switch (kind) {
    case facts::EntityKind::person:
      return pick(lang, "personne", "person");
    case facts::EntityKind::organization:
      return pick(lang, "organisation", "organization");
    case facts::EntityKind::office:
      return pick(lang, "fonction", "office");
    case facts::EntityKind::place:
      return pick(lang, "lieu", "place");
    case facts::EntityKind::event:
      return pick(lang, "événement", "event");
    case facts::EntityKind::product:
      return pick(lang, "produit", "product");
    case facts::EntityKind::law:
      return pick(lang, "texte de loi", "law");
    case facts::EntityKind::other:
      break;
  }
  return pick(lang, "autre", "other");
}

std::string_view value_type_label(facts::ValueType type, Lang lang) {
  switch (type) {
    case facts::ValueType::money:
      return pick(lang, "montant", "amount of money");
    case facts::ValueType::quantity:
      return pick(lang, "quantité", "quantity");
    case facts::ValueType::percent:
      return pick(lang, "pourcentage", "percentage");
    case facts::ValueType::date:
      return "date";
    case facts::ValueType::entity:
      return pick(lang, "entité de la base", "entity of the base");
    case facts::ValueType::text:
      break;
  }
  return pick(lang, "texte", "text");
}

Painted status_tag(StatementStatus status, Lang lang) {
  switch (status) {
    case StatementStatus::current:
      break;
    case StatementStatus::former:
      return {std::string(pick(lang, "[ancien]", "[former]")), Tone::warn};
    case StatementStatus::not_yet:
      return {std::string(pick(lang, "[pas encore]", "[not yet]")), Tone::warn};
    case StatementStatus::superseded:
      return {std::string(pick(lang, "[remplacé]", "[superseded]")), Tone::warn};
    case StatementStatus::deprecated:
      return {std::string(pick(lang, "[obsolète]", "[deprecated]")), Tone::bad};
  }
  return {};
}

std::string first_of(const facts::Words& words, Lang lang) {
  for (Lang l : {lang, lang == Lang::fr ? Lang::en : Lang::fr}) {
    const auto found = words.find(l);
    if (found != words.end() && !found->second.empty())
      return found->second.front();
  }
  return {};
}

std::string quoted(std::string_view text, Lang lang) {
  return lang == Lang::fr ? fmt::format("« {} »", text) : fmt::format("\"{}\"", text);
}

void add_sources(Row& row, const std::vector<facts::Source>& sources, Lang lang) {
  for (const facts::Source& source : sources) {
    const bool url = !source.url.empty();
    row.right.push_back(
        {fmt::format("{} {}", pick(lang, "source :", "source:"), url ? source.url : source.title),
         Tone::faint, url});
  }
}

// Names, labels, values, quotes and sources come from the fact base: every piece is escaped
// before it is painted, so that none can act on the terminal (the colours are ours alone).
void append_safe_row(std::string& out, const Style& style, Row row) {
  for (auto* side : {&row.left, &row.right}) {
    for (Painted& piece : *side)
      piece.text = terminal_safe(piece.text);
  }
  append_row(out, style, row, kMargin, kColumn);
}

// The name, then what it is and its id; on two lines when that passes the screen's width.
void heading(std::string& out, const Style& style, std::string_view name, std::string_view kind,
             std::string_view id) {
  const std::string title = terminal_safe(name);
  const std::string rest = fmt::format("{} · {}", kind, terminal_safe(id));
  out += style.paint(title, Tone::strong);
  if (utf8::count_code_points(title) + 3 + utf8::count_code_points(rest) <= kScreenColumns)
    out += style.paint(" · " + rest, Tone::faint);
  else
    out += "\n" + std::string(kMargin, ' ') + style.paint(rest, Tone::faint);
  out += '\n';
}

void section(std::string& out, const Style& style, const std::string& title) {
  out.append(kMargin, ' ');
  out += style.paint(title, Tone::accent);
  out += '\n';
}

class CardWriter {
 public:
  CardWriter(std::string& out, CardNames& names, Lang lang, const Style& style, const Date& at)
      : out_(out), names_(names), base_(names.base()), lang_(lang), style_(style), at_(at) {}

  void entity(const FactCard& card) {
    const facts::Entity& entity = *card.entity;
    heading(out_, style_, first_of(entity.names, lang_), kind_label(entity.kind, lang_), entity.id);
    for (Lang l : {Lang::fr, Lang::en}) {
      Row row{{{std::string(lang_code(l)), Tone::faint}}, {}};
      if (const auto names = entity.names.find(l); names != entity.names.end())
        row.right.push_back({fmt::format("{}", fmt::join(names->second, ", ")), Tone::plain});
      if (const auto aliases = entity.aliases.find(l); aliases != entity.aliases.end()) {
        row.right.push_back({fmt::format("{} {}", pick(lang_, "aussi :", "also:"),
                                         fmt::join(aliases->second, ", ")),
                             Tone::faint});
      }
      if (!row.right.empty())
        append_safe_row(out_, style_, row);
    }
    const std::string date = on_date(at_, lang_);
    const auto first_other =
        std::find_if(card.statements.begin(), card.statements.end(),
                     [](const CardStatement& s) { return s.status != StatementStatus::current; });
    if (first_other != card.statements.begin()) {
      section(out_, style_, fmt::format(fmt::runtime(pick(lang_, "Faits {}", "Facts {}")), date));
    }
    for (auto it = card.statements.begin(); it != card.statements.end(); ++it) {
      if (it == first_other) {
        section(out_, style_,
                fmt::format(fmt::runtime(pick(lang_, "Non valables {}", "Not valid {}")), date));
      }
      statement(*it);
    }
    if (!card.holders.empty()) {
      section(out_, style_,
              fmt::format(fmt::runtime(pick(lang_, "Occupée {} par", "Held {} by")), date));
      for (const CardStatement& held : card.holders) {
        Row row{{},
                {{fmt::format("{} ({})", name_of(held.statement.subject),
                              describe_validity(held.statement, lang_)),
                  Tone::plain}}};
        add_sources(row, held.sources, lang_);
        append_safe_row(out_, style_, row);
      }
    }
    if (!card.quotes.empty())
      section(out_, style_, std::string(pick(lang_, "Citations", "Quotes")));
    for (const CardQuote& quote : card.quotes)
      this->quote(quote);
  }

  void property(const FactCard& card) {
    const facts::Property& property = *card.property;
    heading(out_, style_, first_of(property.labels, lang_), pick(lang_, "propriété", "property"),
            property.id);
    for (Lang l : {Lang::fr, Lang::en}) {
      if (const auto labels = property.labels.find(l); labels != property.labels.end()) {
        append_safe_row(out_, style_,
                        {{{std::string(lang_code(l)), Tone::faint}},
                         {{fmt::format("{}", fmt::join(labels->second, ", ")), Tone::plain}}});
      }
    }
    Row row{{{std::string(pick(lang_, "valeur", "value")), Tone::faint}},
            {{std::string(value_type_label(property.value_type, lang_)), Tone::plain}}};
    if (property.single_valued) {
      row.right.push_back(
          {std::string(pick(lang_, "une seule à la fois", "one at a time")), Tone::faint});
    }
    append_safe_row(out_, style_, row);
  }

 private:
  const std::string& name_of(const std::string& id) { return names_.entity(id, lang_); }

  std::string value_of(const facts::Value& value) {
    return value.type == facts::ValueType::entity ? name_of(value.text)
                                                  : show_value(base_, value, lang_);
  }

  const std::string& label_of(const std::string& property) {
    return names_.property(property, lang_);
  }

  void statement(const CardStatement& listed) {
    const facts::Statement& s = listed.statement;
    Row row;
    row.left.push_back({label_of(s.property), Tone::plain});
    if (listed.status != StatementStatus::current)
      row.left.push_back(status_tag(listed.status, lang_));
    row.right.push_back(
        {fmt::format("{} ({})", value_of(s.value), describe_validity(s, lang_)), Tone::plain});
    if (!s.qualifiers.empty()) {
      std::vector<std::string> parts;
      for (const auto& [key, value] : s.qualifiers) {
        // A qualifier named after a property of the base speaks its label, in the card's
        // language; any other reads as its key.
        std::string name = label_of(key);
        std::replace(name.begin(), name.end(), '_', ' ');
        parts.push_back(fmt::format("{}{} {}", name, pick(lang_, " :", ":"), value_of(value)));
      }
      row.right.push_back(
          {fmt::format("{}", fmt::join(parts, pick(lang_, " ; ", "; "))), Tone::faint});
    }
    add_sources(row, listed.sources, lang_);
    append_safe_row(out_, style_, row);
  }

  void quote(const CardQuote& card_quote) {
    const facts::Quote& q = card_quote.quote;
    Row row;
    row.left.push_back({q.said_on ? show_date(*q.said_on, lang_) : "", Tone::plain});
    row.right.push_back({quoted(q.text, q.lang), card_quote.matched ? Tone::strong : Tone::plain});
    for (const auto& [l, translation] : q.translations) {
      row.right.push_back(
          {fmt::format("{}{} {}", lang_code(l), pick(lang_, " :", ":"), quoted(translation, l)),
           Tone::plain});
    }
    std::string about = q.polarity == facts::Polarity::negative
                            ? std::string(pick(lang_, "négative", "negative"))
                            : std::string(pick(lang_, "affirmative", "affirmative"));
    if (!q.about.empty()) {
      about += fmt::format(fmt::runtime(pick(lang_, ", à propos de {}", ", about {}")),
                           name_of(q.about));
    }
    row.right.push_back({about, Tone::faint});
    add_sources(row, card_quote.sources, lang_);
    append_safe_row(out_, style_, row);
  }

  std::string& out_;
  CardNames& names_;
  const facts::FactBase& base_;
  Lang lang_;
  const Style& style_;
  Date at_;
};

std::string echoed(std::string_view query) {
  if (const auto bad = utf8::first_invalid(query))
    query = query.substr(0, *bad);
  std::string out;
  std::size_t pos = 0;
  for (std::size_t n = 0; pos < query.size() && n < kEchoedQuery; ++n)
    utf8::next(query, pos);
  out = std::string(query.substr(0, pos));
  if (pos < query.size())
    out += "…";
  return out;
}

}  // namespace

std::string render_lookup_text(const LookupResult& result, CardNames& names, Lang lang,
                               const Style& style) {
  if (!result.has_words) {
    return std::string(pick(lang, "La recherche ne contient aucun mot.\n",
                            "The search holds no word to look for.\n"));
  }
  if (result.cards.empty() && !result.past_checks.empty())
    return render_past_checks_text(result.past_checks, lang, style);
  if (result.cards.empty()) {
    return fmt::format(
        fmt::runtime(pick(lang, "Aucun fait ne correspond à {}.\n", "No fact matches {}.\n")),
        quoted(terminal_safe(echoed(result.query)), lang));
  }
  std::string out;
  if (!result.respelled.empty()) {
    out = fmt::format(fmt::runtime(pick(lang, "Aucun fait ne correspond à {} ; voici {} :\n\n",
                                        "No fact matches {}; showing {}:\n\n")),
                      quoted(terminal_safe(echoed(result.query)), lang),
                      quoted(terminal_safe(echoed(result.respelled)), lang));
  }
  CardWriter writer(out, names, lang, style, result.at);
  for (std::size_t i = 0; i < result.cards.size(); ++i) {
    if (i > 0)
      out += '\n';
    const FactCard& card = result.cards[i];
    if (card.entity)
      writer.entity(card);
    else
      writer.property(card);
  }
  if (!result.past_checks.empty())
    out += '\n' + render_past_checks_text(result.past_checks, lang, style);
  return out;
}

}  // namespace presscheck
