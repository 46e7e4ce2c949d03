#include "extract/value.hpp"

namespace presscheck {

std::string_view value_kind_name(ValueKind kind) {
  switch (kind) {
    case ValueKind::money:
      return "money";
    case ValueKind::percent:
      return "percent";
    case ValueKind::date:
      return "date";
    case ValueKind::number:
      break;
  }
  return "number";
}

std::optional<Direction> parse_direction(std::string_view name) {
  if (name == "around")
    return Direction::around;
  if (name == "above")
    return Direction::above;
  if (name == "below")
    return Direction::below;
  return std::nullopt;
}

}  // namespace presscheck
