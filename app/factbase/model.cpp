#include "factbase/model.hpp"

#include <fmt/format.h>
#include <array>

#include "core/utf8.hpp"

namespace presscheck::facts {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::string_view, N>& names,
                               std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name)
      return static_cast<Enum>(i);
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 8> kKindNames = {
    "person", "organization", "office", "place", "event", "product", "law", "other"};
constexpr std::array<std::string_view, 6> kValueTypeNames = {"money", "quantity", "percent",
                                                             "date",  "entity",   "text"};
constexpr std::array<std::string_view, 3> kRankNames = {"preferred", "normal", "deprecated"};
constexpr std::array<std::string_view, 2> kPolarityNames = {"affirmative", "negative"};

// Shortest text that reads back as the same double: 120000000, 1.5, 0.25.
std::string format_number(double number) {
  return fmt::format("{}", number);
}

}  // namespace

std::optional<EntityKind> parse_entity_kind(std::string_view name) {
  return parse_name<EntityKind>(kKindNames, name);
}
std::string_view entity_kind_name(EntityKind kind) {
  return kKindNames[static_cast<std::size_t>(kind)];
}
std::optional<ValueType> parse_value_type(std::string_view name) {
  return parse_name<ValueType>(kValueTypeNames, name);
}
std::string_view value_type_name(ValueType type) {
  return kValueTypeNames[static_cast<std::size_t>(type)];
}
std::optional<Rank> parse_rank(std::string_view name) {
  return parse_name<Rank>(kRankNames, name);
}
std::string_view rank_name(Rank rank) {
  return kRankNames[static_cast<std::size_t>(rank)];
}
std::optional<Polarity> parse_polarity(std::string_view name) {
  return parse_name<Polarity>(kPolarityNames, name);
}
std::string_view polarity_name(Polarity polarity) {
  return kPolarityNames[static_cast<std::size_t>(polarity)];
}

bool Statement::period_covers(int day) const {
  if (valid_from && day < valid_from->first_day())
    return false;
  if (valid_to && day >= valid_to->first_day())
    return false;
  return true;
}

std::string display_value(const Value& value) {
  switch (value.type) {
    case ValueType::money:
    case ValueType::quantity:
      return value.unit.empty() ? format_number(value.number)
                                : fmt::format("{} {}", format_number(value.number), value.unit);
    case ValueType::percent:
      return format_number(value.number) + " %";
    case ValueType::date:
      return value.date.iso();
    case ValueType::entity:
    case ValueType::text:
      break;
  }
  return value.text;
}

std::string name_key(std::string_view name) {
  const std::string folded = utf8::fold(name);
  std::string key;
  key.reserve(folded.size());
  std::size_t pos = 0;
  bool pending_space = false;
  while (pos < folded.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8::next(folded, pos);
    if (utf8::is_space(cp)) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space)
      key += ' ';
    pending_space = false;
    key.append(folded, start, pos - start);
  }
  return key;
}

}  // namespace presscheck::facts
