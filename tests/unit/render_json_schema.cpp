#include "render_json_schema.hpp"

#include <cmath>
#include <set>

#include "core/json_writer.hpp"

namespace presscheck::testing_support {
namespace {

const std::set<std::string> kAnnotations = {"description", "default", "format", "title",
                                            "$schema",     "id",      "$id",    "definitions"};

bool has_type(const JsonValue& value, const std::string& type) {
  switch (value.type()) {
    case JsonValue::Type::null:
      return type == "null";
    case JsonValue::Type::boolean:
      return type == "boolean";
    case JsonValue::Type::string:
      return type == "string";
    case JsonValue::Type::array:
      return type == "array";
    case JsonValue::Type::object:
      return type == "object";
    case JsonValue::Type::number:
      return type == "number" ||
             (type == "integer" && std::floor(value.as_number()) == value.as_number());
  }
  return false;
}

// A canonical text of a value, to compare values for `enum` and `uniqueItems`.
std::string canonical(const JsonValue& value) {
  JsonWriter json;
  switch (value.type()) {
    case JsonValue::Type::null:
      return "null";
    case JsonValue::Type::boolean:
      return value.as_bool() ? "true" : "false";
    case JsonValue::Type::number:
      json.value(value.as_number());
      return json.str();
    case JsonValue::Type::string:
      json.value(value.as_string());
      return json.str();
    case JsonValue::Type::array: {
      std::string out = "[";
      for (const JsonValue& item : value.as_array())
        out += canonical(item) + ",";
      return out + "]";
    }
    case JsonValue::Type::object: {
      std::set<std::string> members;
      for (const auto& [key, item] : value.as_object())
        members.insert(key + ":" + canonical(item));
      std::string out = "{";
      for (const std::string& member : members)
        out += member + ",";
      return out + "}";
    }
  }
  return {};
}

}  // namespace

std::vector<std::string> JsonSchema::validate(const JsonValue& instance) const {
  std::vector<std::string> problems;
  check(root_, instance, "", problems, 0);
  return problems;
}

const JsonValue* JsonSchema::resolve(const std::string& ref) const {
  const std::string prefix = "#/definitions/";
  if (ref.rfind(prefix, 0) != 0)
    return nullptr;
  const JsonValue* definitions = root_.find("definitions");
  return definitions ? definitions->find(ref.substr(prefix.size())) : nullptr;
}

void JsonSchema::check(const JsonValue& schema, const JsonValue& value, const std::string& where,
                       std::vector<std::string>& problems, int depth) const {
  const std::string at = where.empty() ? "/" : where;
  if (depth > 64) {
    problems.push_back(at + ": schema nests too deep");
    return;
  }
  if (!schema.is_object()) {
    problems.push_back(at + ": schema is not an object");
    return;
  }
  for (const auto& [keyword, rule] : schema.as_object()) {
    if (kAnnotations.count(keyword) > 0)
      continue;
    if (keyword == "$ref") {
      const JsonValue* target = rule.is_string() ? resolve(rule.as_string()) : nullptr;
      if (target == nullptr) {
        problems.push_back(at + ": unresolvable $ref");
      } else {
        check(*target, value, where, problems, depth + 1);
      }
    } else if (keyword == "type") {
      bool ok = false;
      if (rule.is_string())
        ok = has_type(value, rule.as_string());
      if (rule.is_array()) {
        for (const JsonValue& type : rule.as_array())
          ok = ok || has_type(value, type.as_string());
      }
      if (!ok)
        problems.push_back(at + ": wrong type, expected " + canonical(rule));
    } else if (keyword == "enum") {
      bool ok = false;
      for (const JsonValue& allowed : rule.as_array())
        ok = ok || canonical(allowed) == canonical(value);
      if (!ok)
        problems.push_back(at + ": " + canonical(value) + " is not one of " + canonical(rule));
    } else if (keyword == "minimum") {
      if (value.is_number() && value.as_number() < rule.as_number()) {
        problems.push_back(at + ": below the minimum " + canonical(rule));
      }
    } else if (keyword == "required") {
      if (!value.is_object())
        continue;
      for (const JsonValue& name : rule.as_array()) {
        if (value.find(name.as_string()) == nullptr) {
          problems.push_back(at + ": missing required property \"" + name.as_string() + "\"");
        }
      }
    } else if (keyword == "properties") {
      if (!value.is_object())
        continue;
      for (const auto& [name, item] : value.as_object()) {
        if (const JsonValue* sub = rule.find(name))
          check(*sub, item, where + "/" + name, problems, depth + 1);
      }
    } else if (keyword == "additionalProperties") {
      if (!value.is_object())
        continue;
      const JsonValue* declared = schema.find("properties");
      for (const auto& [name, item] : value.as_object()) {
        if (declared != nullptr && declared->find(name) != nullptr)
          continue;
        if (rule.is_bool() && !rule.as_bool()) {
          problems.push_back(at + ": property \"" + name + "\" is not allowed");
        } else if (rule.is_object()) {
          check(rule, item, where + "/" + name, problems, depth + 1);
        }
      }
    } else if (keyword == "items") {
      if (!value.is_array())
        continue;
      const auto& items = value.as_array();
      for (std::size_t i = 0; i < items.size(); ++i) {
        check(rule, items[i], where + "/" + std::to_string(i), problems, depth + 1);
      }
    } else if (keyword == "minItems") {
      if (value.is_array() && value.as_array().size() < rule.as_number()) {
        problems.push_back(at + ": fewer items than " + canonical(rule));
      }
    } else if (keyword == "uniqueItems") {
      if (!value.is_array() || !rule.as_bool())
        continue;
      std::set<std::string> seen;
      for (const JsonValue& item : value.as_array()) {
        if (!seen.insert(canonical(item)).second)
          problems.push_back(at + ": items are not unique");
      }
    } else if (keyword == "anyOf") {
      bool ok = false;
      for (const JsonValue& option : rule.as_array()) {
        std::vector<std::string> option_problems;
        check(option, value, where, option_problems, depth + 1);
        ok = ok || option_problems.empty();
      }
      if (!ok)
        problems.push_back(at + ": matches none of anyOf");
    } else {
      problems.push_back(at + ": the test validator does not know the keyword \"" + keyword + "\"");
    }
  }
}

}  // namespace presscheck::testing_support
