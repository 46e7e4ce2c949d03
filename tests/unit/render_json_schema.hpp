#pragma once

#include <string>
#include <vector>

#include "core/json_reader.hpp"

namespace presscheck::testing_support {

/// A small JSON Schema (draft 4/7 subset) validator for tests. It knows `type`, `required`,
/// `properties`, `additionalProperties`, `enum`, `items`, `minItems`, `uniqueItems`,
/// `minimum`, `anyOf` and local `$ref`s ("#/definitions/…"); `description`, `default`,
/// `format`, `title`, `$schema`, `id` and `definitions` are annotations. Any other keyword
/// in the schema is itself reported, so that a schema cannot silently ask for more than is
/// checked.
class JsonSchema {
 public:
  explicit JsonSchema(JsonValue root) : root_(std::move(root)) {}

  /// Every way `instance` breaks the schema, each as "json/pointer: problem".
  std::vector<std::string> validate(const JsonValue& instance) const;

 private:
  void check(const JsonValue& schema, const JsonValue& value, const std::string& where,
             std::vector<std::string>& problems, int depth) const;
  const JsonValue* resolve(const std::string& ref) const;

  JsonValue root_;
};

}  // namespace presscheck::testing_support
