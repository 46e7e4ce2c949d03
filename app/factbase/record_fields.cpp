#include "factbase/record_fields.hpp"

#include <cmath>

namespace presscheck::facts {
namespace {

bool is_currency(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::optional<Value> Fields::value(const JsonValue& json, std::string_view field) {
  if (json.is_string() && field.starts_with("qualifiers.")) {
    // A qualifier given as a bare string names an entity, as in {"law": "digital-services-act"}.
    if (!is_valid_id(json.as_string())) {
      report(
          fmt::format("invalid id \"{}\" in \"{}\" (use lowercase letters, digits, '-', '_' "
                      "and '.')",
                      json.as_string(), field));
      return std::nullopt;
    }
    Value value;
    value.type = ValueType::entity;
    value.text = json.as_string();
    return value;
  }
  if (!check_type(json, field, Type::object))
    return std::nullopt;
  static constexpr std::string_view kForms[] = {"amount", "quantity", "percent",
                                                "date",   "entity",   "text"};
  std::vector<std::string_view> forms;
  for (std::string_view form : kForms) {
    if (json.find(form) != nullptr)
      forms.push_back(form);
  }
  if (forms.size() != 1) {
    report(
        fmt::format("\"{}\" must have exactly one of \"amount\", \"quantity\", \"percent\", "
                    "\"date\", \"entity\" or \"text\"",
                    field));
    return std::nullopt;
  }
  const std::string_view form = forms.front();
  const std::vector<std::string_view> allowed =
      form == "amount"     ? std::vector<std::string_view>{"amount", "currency"}
      : form == "quantity" ? std::vector<std::string_view>{"quantity", "unit"}
      : form == "date"     ? std::vector<std::string_view>{"date", "precision"}
                           : std::vector<std::string_view>{form};
  bool ok = true;
  for (const auto& member : json.as_object()) {
    if (std::find(allowed.begin(), allowed.end(), member.first) == allowed.end()) {
      report(fmt::format("unknown field \"{}\" in \"{}\"", member.first, field));
      ok = false;
    }
  }
  const JsonValue& main = *json.find(form);
  const std::string main_field = fmt::format("{}.{}", field, form);
  Value value;
  if (form == "date") {
    const auto date = this->date(json, field);
    if (!date || !ok)
      return std::nullopt;
    value.type = ValueType::date;
    value.date = *date;
    return value;
  }
  if (form == "entity" || form == "text") {
    if (!check_type(main, main_field, Type::string))
      return std::nullopt;
    value.type = form == "entity" ? ValueType::entity : ValueType::text;
    value.text = main.as_string();
    if (value.text.empty()) {
      report(fmt::format("field \"{}\" must not be empty", main_field));
      return std::nullopt;
    }
    if (value.type == ValueType::entity && !is_valid_id(value.text)) {
      report(
          fmt::format("invalid id \"{}\" in \"{}\" (use lowercase letters, digits, '-', '_' "
                      "and '.')",
                      value.text, main_field));
      return std::nullopt;
    }
    return ok ? std::optional(value) : std::nullopt;
  }
  if (!check_type(main, main_field, Type::number))
    return std::nullopt;
  value.number = main.as_number();
  // JSON allows 1e999; the reader gives it as infinity, which no fact can be.
  if (!std::isfinite(value.number)) {
    report(fmt::format("\"{}\" is beyond the range of numbers", main_field));
    return std::nullopt;
  }
  if (form == "amount") {
    value.type = ValueType::money;
    const JsonValue* currency = json.find("currency");
    if (currency == nullptr || !currency->is_string() || !is_currency(currency->as_string())) {
      report(fmt::format("\"{}.currency\" must be a three-letter code such as \"EUR\"", field));
      return std::nullopt;
    }
    value.unit = currency->as_string();
  } else if (form == "quantity") {
    value.type = ValueType::quantity;
    if (const JsonValue* unit = json.find("unit")) {
      if (!check_type(*unit, fmt::format("{}.unit", field), Type::string))
        return std::nullopt;
      value.unit = unit->as_string();
    }
  } else {
    value.type = ValueType::percent;
  }
  return ok ? std::optional(value) : std::nullopt;
}

}  // namespace presscheck::facts
