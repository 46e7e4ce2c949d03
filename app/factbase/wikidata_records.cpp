#include "factbase/wikidata_records.hpp"

#include <fmt/format.h>
#include <charconv>

namespace presscheck::facts {

void WikidataRecords::add_source(Source source, const Origin& origin) {
  if (source_ids_.insert(source.id).second)
    set.sources.push_back({std::move(source), origin});
}

void WikidataRecords::add_entity(Entity entity, bool kind_known, const Origin& origin) {
  const auto [it, inserted] = entity_index_.emplace(entity.id, set.entities.size());
  if (inserted) {
    if (!kind_known)
      kind_pending.insert(entity.id);
    set.entities.push_back({std::move(entity), origin});
    return;
  }
  // A later mention replaces an earlier one, but one without names (a query result that
  // only gives ids) keeps the names read before, and one without a kind keeps the kind.
  Located<Entity>& known = set.entities[it->second];
  if (entity.names.empty()) {
    entity.names = std::move(known.record.names);
    entity.aliases = std::move(known.record.aliases);
  }
  if (!kind_known && !kind_pending.contains(entity.id)) {
    entity.kind = known.record.kind;
    kind_known = true;
  }
  if (kind_known)
    kind_pending.erase(entity.id);
  known = {std::move(entity), origin};
}

void WikidataRecords::add_statement(Statement statement, const Origin& origin) {
  const auto [it, inserted] = statement_index_.emplace(statement.id, set.statements.size());
  if (inserted)
    set.statements.push_back({std::move(statement), origin});
  else
    set.statements[it->second] = {std::move(statement), origin};
}

std::string fact_id(std::string_view wikidata_id) {
  std::string id;
  id.reserve(wikidata_id.size());
  for (char c : wikidata_id) {
    if (c >= 'A' && c <= 'Z')
      id += static_cast<char>(c - 'A' + 'a');
    else if (c == '$')
      id += '-';
    else
      id += c;
  }
  return id;
}

std::string item_url(std::string_view wikidata_id) {
  std::string id(wikidata_id);
  if (!id.empty())
    id.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(id.front())));
  return "https://www.wikidata.org/wiki/" + id;
}

Source item_source(std::string_view wikidata_id, std::string_view label,
                   const std::optional<Date>& retrieved) {
  Source source;
  source.id = "wikidata-" + fact_id(wikidata_id);
  source.url = item_url(wikidata_id);
  const std::string upper = item_url(wikidata_id).substr(30);
  source.title = label.empty() ? fmt::format("Wikidata item {}", upper)
                               : fmt::format("{} ({}), Wikidata", label, upper);
  source.publisher = "Wikidata";
  source.retrieved = retrieved;
  return source;
}

namespace {

std::optional<int> number_at(std::string_view text, std::size_t at, std::size_t length) {
  if (at + length > text.size())
    return std::nullopt;
  int value = 0;
  const char* begin = text.data() + at;
  const auto [end, error] = std::from_chars(begin, begin + length, value);
  if (error != std::errc() || end != begin + length)
    return std::nullopt;
  return value;
}

// Year, month and day of "+YYYY-MM-DD…" or "YYYY-MM-DD…"; a leading '-' (BCE) is refused.
std::optional<Date> split_date(std::string_view text) {
  if (!text.empty() && text.front() == '+')
    text.remove_prefix(1);
  const std::size_t dash = text.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 4)
    return std::nullopt;
  const auto year = number_at(text, 0, dash);
  const auto month = number_at(text, dash + 1, 2);
  const auto day = number_at(text, dash + 4, 2);
  if (!year || !month || !day || *year < 1 || *month < 0 || *month > 12 || *day < 0)
    return std::nullopt;
  return Date{*year, *month, *day, Precision::day};
}

}  // namespace

std::optional<Date> wikidata_date(std::string_view time, int precision) {
  auto date = split_date(time);
  if (!date || precision < 9 || precision > 14)
    return std::nullopt;
  if (precision == 9) {
    return Date{date->year, 0, 0, Precision::year};
  }
  if (date->month == 0)
    return std::nullopt;
  if (precision == 10)
    return Date{date->year, date->month, 0, Precision::month};
  if (date->day < 1 || date->day > days_in_month(date->year, date->month))
    return std::nullopt;
  return date;
}

std::optional<Date> date_without_precision(std::string_view iso) {
  const auto date = split_date(iso);
  if (!date || date->month < 1 || date->day < 1 ||
      date->day > days_in_month(date->year, date->month))
    return std::nullopt;
  if (date->day != 1)
    return date;
  if (date->month != 1)
    return Date{date->year, date->month, 0, Precision::month};
  return Date{date->year, 0, 0, Precision::year};
}

std::string_view member_text(const JsonValue& object, std::string_view key) {
  const JsonValue* member = object.find(key);
  return member != nullptr && member->is_string() ? std::string_view(member->as_string())
                                                  : std::string_view();
}

}  // namespace presscheck::facts
