#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <algorithm>

#include "core/json_reader.hpp"
#include "factbase/fact_set.hpp"
#include "factbase/record_parser.hpp"

namespace presscheck::facts {

/// Reads the fields of one record and reports each problem with the record's origin.
// It remembers which fields were read, so that the others can be reported as unknown.
class Fields {
 public:
  using Type = JsonValue::Type;

  Fields(const JsonValue& object, std::string_view what, const Origin& origin,
         std::vector<Problem>& problems)
      : object_(object), what_(what), origin_(origin), problems_(problems) {}

  void report(std::string message) {
    problems_.push_back({origin_, std::move(message)});
    ++reported_;
  }
  bool clean() const { return reported_ == 0; }

  const JsonValue* get(std::string_view key) {
    known_.push_back(key);
    return object_.find(key);
  }

  // The field if present and of the expected type; reports and returns nullptr otherwise.
  const JsonValue* get(std::string_view key, Type type, bool required) {
    const JsonValue* value = get(key);
    if (value == nullptr) {
      if (required)
        report(fmt::format("missing field \"{}\" in {}", key, what_));
      return nullptr;
    }
    return check_type(*value, key, type) ? value : nullptr;
  }

  bool check_type(const JsonValue& value, std::string_view field, Type type) {
    if (value.type() == type)
      return true;
    report(fmt::format("field \"{}\" must be {}, not {}", field, json_type_name(type),
                       json_type_name(value.type())));
    return false;
  }

  std::string string(std::string_view key, bool required) {
    const JsonValue* value = get(key, Type::string, required);
    if (value == nullptr)
      return {};
    if (value->as_string().empty())
      report(fmt::format("field \"{}\" must not be empty", key));
    return value->as_string();
  }

  std::string id(std::string_view key, bool required) {
    std::string text = string(key, required);
    if (!text.empty() && !is_valid_id(text)) {
      report(
          fmt::format("invalid id \"{}\" in \"{}\" (use lowercase letters, digits, '-', '_' "
                      "and '.')",
                      text, key));
    }
    return text;
  }

  std::optional<Lang> lang(std::string_view code, std::string_view field) {
    const auto lang = code == "fr"   ? std::optional(Lang::fr)
                      : code == "en" ? std::optional(Lang::en)
                                     : std::nullopt;
    if (!lang)
      report(fmt::format("unknown language \"{}\" in \"{}\" (expected fr or en)", code, field));
    return lang;
  }

  Words words(std::string_view key, bool required) {
    Words words;
    const JsonValue* object = get(key, Type::object, required);
    if (object == nullptr)
      return words;
    for (const auto& [code, list] : object->as_object()) {
      const std::string field = fmt::format("{}.{}", key, code);
      const auto lang = this->lang(code, key);
      if (!lang || !check_type(list, field, Type::array))
        continue;
      for (const JsonValue& item : list.as_array()) {
        if (!check_type(item, field, Type::string))
          continue;
        if (item.as_string().empty()) {
          report(fmt::format("empty text in \"{}\"", field));
          continue;
        }
        words[*lang].push_back(item.as_string());
      }
    }
    return words;
  }

  std::vector<std::string> ids(std::string_view key) {
    std::vector<std::string> ids;
    const JsonValue* list = get(key, Type::array, false);
    if (list == nullptr)
      return ids;
    for (const JsonValue& item : list->as_array()) {
      if (!check_type(item, key, Type::string))
        continue;
      if (!is_valid_id(item.as_string())) {
        report(
            fmt::format("invalid id \"{}\" in \"{}\" (use lowercase letters, digits, '-', "
                        "'_' and '.')",
                        item.as_string(), key));
        continue;
      }
      ids.push_back(item.as_string());
    }
    return ids;
  }

  // A date is "YYYY[-MM[-DD]]" or {"date": "…", "precision": "year|month|day"}.
  std::optional<Date> date(const JsonValue& value, std::string_view field) {
    const JsonValue* text = &value;
    const JsonValue* precision = nullptr;
    if (value.is_object()) {
      for (const auto& member : value.as_object()) {
        if (member.first != "date" && member.first != "precision") {
          report(fmt::format("unknown field \"{}\" in \"{}\"", member.first, field));
        }
      }
      text = value.find("date");
      precision = value.find("precision");
      if (text == nullptr) {
        report(fmt::format("missing field \"date\" in \"{}\"", field));
        return std::nullopt;
      }
    }
    if (!check_type(*text, field, Type::string))
      return std::nullopt;
    const auto date = parse_date_text(text->as_string());
    if (!date) {
      report(fmt::format("invalid date \"{}\" in \"{}\" (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                         text->as_string(), field));
      return std::nullopt;
    }
    if (precision != nullptr) {
      const std::string precision_field = fmt::format("{}.precision", field);
      if (!check_type(*precision, precision_field, Type::string))
        return std::nullopt;
      const auto parsed = parse_precision(precision->as_string());
      if (!parsed) {
        report(fmt::format("unknown precision \"{}\" in \"{}\" (expected year, month or day)",
                           precision->as_string(), field));
        return std::nullopt;
      }
      if (*parsed != date->precision) {
        report(fmt::format("precision \"{}\" does not match date \"{}\" in \"{}\"",
                           precision->as_string(), text->as_string(), field));
        return std::nullopt;
      }
    }
    return date;
  }

  std::optional<Date> date(std::string_view key) {
    const JsonValue* value = get(key);
    return value == nullptr ? std::nullopt : date(*value, key);
  }

  std::optional<Value> value(const JsonValue& json, std::string_view field);

  void finish() {
    for (const auto& member : object_.as_object()) {
      if (std::find(known_.begin(), known_.end(), member.first) == known_.end()) {
        report(fmt::format("unknown field \"{}\" in {}", member.first, what_));
      }
    }
  }

 private:
  // Date::parse_iso also accepts a time part, which a fact file has no use for.
  static std::optional<Date> parse_date_text(const std::string& text) {
    if (text.find_first_of("T ") != std::string::npos)
      return std::nullopt;
    return Date::parse_iso(text);
  }

  const JsonValue& object_;
  std::string_view what_;
  const Origin& origin_;
  std::vector<Problem>& problems_;
  std::vector<std::string_view> known_;
  std::size_t reported_ = 0;
};

}  // namespace presscheck::facts
