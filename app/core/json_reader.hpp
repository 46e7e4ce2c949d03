#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace presscheck {

/// One parsed JSON value, with the byte offset, line and column where it starts.
class JsonValue {
 public:
  enum class Type { null, boolean, number, string, array, object };
  using Array = std::vector<JsonValue>;
  using Member = std::pair<std::string, JsonValue>;
  using Object = std::vector<Member>;  // in document order; keys are unique

  JsonValue() = default;
  explicit JsonValue(bool flag) : data_(flag) {}
  explicit JsonValue(double number) : data_(number) {}
  explicit JsonValue(std::string text) : data_(std::move(text)) {}
  explicit JsonValue(Array items) : data_(std::move(items)) {}
  explicit JsonValue(Object members) : data_(std::move(members)) {}

  Type type() const { return static_cast<Type>(data_.index()); }
  bool is_null() const { return type() == Type::null; }
  bool is_bool() const { return type() == Type::boolean; }
  bool is_number() const { return type() == Type::number; }
  bool is_string() const { return type() == Type::string; }
  bool is_array() const { return type() == Type::array; }
  bool is_object() const { return type() == Type::object; }

  // The accessors require the matching type (std::bad_variant_access otherwise).
  bool as_bool() const { return std::get<bool>(data_); }
  double as_number() const { return std::get<double>(data_); }
  const std::string& as_string() const { return std::get<std::string>(data_); }
  const Array& as_array() const { return std::get<Array>(data_); }
  const Object& as_object() const { return std::get<Object>(data_); }

  /// The member named `key` of an object, or nullptr (also when this is not an object).
  const JsonValue* find(std::string_view key) const;

  std::size_t offset = 0;  // the value's first byte in the input (a string's opening quote)
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in code points

 private:
  std::variant<std::nullptr_t, bool, double, std::string, Array, Object> data_;
};

/// The name of a JSON type as users read it in messages: "an object", "a string"…
std::string_view json_type_name(JsonValue::Type type);

/// A syntax error at a line and column (column in code points, both 1-based) and byte
/// offset; what() is the reason, worded to follow "invalid JSON: ".
class JsonSyntaxError : public std::runtime_error {
 public:
  JsonSyntaxError(std::size_t line, std::size_t column, const std::string& message,
                  std::size_t offset = 0)
      : std::runtime_error(message), line_(line), column_(column), offset_(offset) {}
  std::size_t line() const { return line_; }
  std::size_t column() const { return column_; }
  std::size_t offset() const { return offset_; }

 private:
  std::size_t line_;
  std::size_t column_;
  std::size_t offset_;
};

/// Nesting deeper than this is refused, so hostile input cannot exhaust the stack.
inline constexpr int kJsonMaxDepth = 256;

/// Parses JSON texts one after another with one simdjson parser, so that reading JSON Lines
/// does not pay for a parser and its buffers on every line. Not for use by two threads.
class JsonParser {
 public:
  JsonParser();
  ~JsonParser();
  JsonParser(const JsonParser&) = delete;
  JsonParser& operator=(const JsonParser&) = delete;

  /// See parse_json.
  JsonValue parse(std::string_view text, int max_depth = kJsonMaxDepth);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Parses one JSON text (RFC 8259): exactly one value, surrounded by optional whitespace,
/// after an optional byte-order mark. Every valid text is accepted: numbers beyond the
/// double range become infinities or zeros, as IEEE 754 rounds them. Rejects invalid UTF-8,
/// lone surrogates in \u escapes, duplicate keys and nesting deeper than `max_depth`.
/// Throws JsonSyntaxError with the parser's reason. Uses one parser per thread.
JsonValue parse_json(std::string_view text, int max_depth = kJsonMaxDepth);

}  // namespace presscheck
