#include "core/json_reader.hpp"

#include <fmt/format.h>
#include <simdjson.h>
#include <unordered_set>

#include "core/json_number.hpp"
#include "core/json_scan.hpp"
#include "core/utf8.hpp"

namespace presscheck {
namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// A parser that read a large text gives its buffers back, so that a thread which once read
// a 16 MiB draft does not hold a hundred megabytes for the rest of the run.
constexpr std::size_t kKeptCapacity = std::size_t{1} << 20;

// simdjson's reason for `code`, worded to follow "invalid JSON: ".
std::string reason(error_code code) {
  std::string text = simdjson::error_message(code);
  while (!text.empty() && text.back() == ' ')
    text.pop_back();
  if (text.size() > 1 && text.back() == '.' && !text.ends_with("etc."))
    text.pop_back();
  // "The input…" and "A string…" start lower case; "JSON document…" keeps its acronym.
  if (text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

// Line and column of byte offsets. Values are located in document order, so the cursor only
// moves forward and locating every value of a text takes linear time.
class Locator {
 public:
  Locator(std::string_view text, std::size_t start) : text_(text), start_(start), pos_(start) {}

  void place(JsonValue& value, std::size_t offset) {
    value.offset = offset;
    move_to(offset);
    value.line = line_;
    value.column = column_;
  }

  [[noreturn]] void fail(std::size_t offset, const std::string& message) {
    move_to(offset);
    throw JsonSyntaxError(line_, column_, message, offset);
  }

 private:
  void move_to(std::size_t offset) {
    if (offset < pos_) {
      pos_ = start_;
      line_ = 1;
      column_ = 1;
    }
    for (; pos_ < offset && pos_ < text_.size(); ++pos_) {
      const auto byte = static_cast<unsigned char>(text_[pos_]);
      if (byte == '\n') {
        ++line_;
        column_ = 1;
      } else if ((byte & 0xC0) != 0x80) {
        ++column_;
      }
    }
  }

  std::string_view text_;
  std::size_t start_;  // after a byte-order mark, which takes no column
  std::size_t pos_;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
};

// Small objects are scanned; a set takes over past a few keys so that a hostile object with
// many keys stays linear.
bool is_duplicate(const JsonValue::Object& members, std::unordered_set<std::string>& seen,
                  const std::string& key) {
  constexpr std::size_t kScanLimit = 16;
  if (members.size() < kScanLimit) {
    for (const auto& member : members) {
      if (member.first == key)
        return true;
    }
    return false;
  }
  if (seen.empty()) {
    for (const auto& member : members)
      seen.insert(member.first);
  }
  return !seen.insert(key).second;
}

// Walks a simdjson On Demand document into a JsonValue tree. On Demand validates what it
// visits, and the walk visits everything, so the whole text is checked.
class Walker {
 public:
  // `json` is where simdjson reads text[start…], in its padded copy.
  Walker(std::string_view text, std::size_t start, const char* json, int max_depth)
      : text_(text), start_(start), json_(json), max_depth_(max_depth), locator_(text, start) {}

  JsonValue read(od::document& doc) {
    doc_ = &doc;
    std::string_view raw;
    check(doc.raw_json_token().get(raw), start_);
    const std::size_t offset = offset_of(raw.data());
    od::json_type type{};
    check_value(doc.type().get(type), offset, simdjson::TAPE_ERROR);
    if (type != od::json_type::object && type != od::json_type::array) {
      // A lone scalar: its token, with the white space after it, must reach the end.
      JsonValue value = read_scalar(doc, type, offset, raw);
      if (offset + raw.size() < text_.size())
        locator_.fail(offset + raw.size(), reason(simdjson::TRAILING_CONTENT));
      return value;
    }
    JsonValue value;
    if (type == od::json_type::object) {
      od::object object;
      check(doc.get_object().get(object), offset);
      value = read_object(object, offset, 1);
    } else {
      od::array array;
      check(doc.get_array().get(array), offset);
      value = read_array(array, offset, 1);
    }
    if (const auto rest = doc.current_location(); rest.error() == simdjson::SUCCESS)
      locator_.fail(offset_of(rest.value_unsafe()), reason(simdjson::TRAILING_CONTENT));
    return value;
  }

  // An error of simdjson's first pass, which has no position of its own.
  [[noreturn]] void fail_whole_text(error_code code) {
    std::size_t offset = json_scan::end_of_content(text_);
    if (code == simdjson::UTF8_ERROR) {
      offset = start_ + utf8::first_invalid(text_.substr(start_)).value_or(0);
    } else if (code == simdjson::UNCLOSED_STRING || code == simdjson::UNESCAPED_CHARS) {
      offset = json_scan::locate_string_error(text_, start_, code == simdjson::UNESCAPED_CHARS);
    }
    locator_.fail(offset, reason(code));
  }

 private:
  std::size_t offset_of(const char* pointer) const {
    return start_ + static_cast<std::size_t>(pointer - json_);
  }

  // An error while moving through the text: simdjson knows where it stopped.
  void check(error_code code, std::size_t fallback) {
    if (code == simdjson::SUCCESS)
      return;
    std::size_t offset = fallback;
    if (code == simdjson::INCOMPLETE_ARRAY_OR_OBJECT) {
      if (const auto after = json_scan::text_after_root(text_, start_))
        locator_.fail(*after, reason(simdjson::TRAILING_CONTENT));
      offset = json_scan::end_of_content(text_);
    } else if (const auto at = doc_->current_location(); at.error() == simdjson::SUCCESS) {
      offset = offset_of(at.value_unsafe());
    }
    locator_.fail(offset, reason(code));
  }

  // An error in the value that starts at `offset`. simdjson says "not the requested type"
  // when a token only looks like what it was taken for ("tru", "-"); `meaning` is the error
  // that names it.
  void check_value(error_code code, std::size_t offset, error_code meaning) {
    if (code == simdjson::SUCCESS)
      return;
    if (code == simdjson::INCORRECT_TYPE)
      code = meaning;
    locator_.fail(offset, reason(code));
  }

  void enter(std::size_t offset, int depth) {
    if (depth > max_depth_)
      locator_.fail(offset, fmt::format("nesting deeper than {} levels", max_depth_));
  }

  JsonValue read_value(od::value value, int depth) {
    const std::string_view raw = value.raw_json_token();
    const std::size_t offset = offset_of(raw.data());
    od::json_type type{};
    check_value(value.type().get(type), offset, simdjson::TAPE_ERROR);
    if (type == od::json_type::object) {
      od::object object;
      check(value.get_object().get(object), offset);
      return read_object(object, offset, depth + 1);
    }
    if (type == od::json_type::array) {
      od::array array;
      check(value.get_array().get(array), offset);
      return read_array(array, offset, depth + 1);
    }
    return read_scalar(value, type, offset, raw);
  }

  JsonValue read_object(od::object& object, std::size_t offset, int depth) {
    enter(offset, depth);
    JsonValue result;
    locator_.place(result, offset);
    JsonValue::Object members;
    std::unordered_set<std::string> seen;
    for (auto entry : object) {
      od::field field;
      check(std::move(entry).get(field), offset);
      const std::size_t key_offset = offset_of(field.key().raw()) - 1;  // the opening quote
      std::string_view key_text;
      check_value(field.unescaped_key().get(key_text), key_offset, simdjson::STRING_ERROR);
      std::string key(key_text);
      if (is_duplicate(members, seen, key))
        locator_.fail(key_offset, fmt::format("duplicate key \"{}\"", key));
      JsonValue member = read_value(field.value(), depth);
      members.emplace_back(std::move(key), std::move(member));
    }
    return placed(JsonValue(std::move(members)), result);
  }

  JsonValue read_array(od::array& array, std::size_t offset, int depth) {
    enter(offset, depth);
    JsonValue result;
    locator_.place(result, offset);
    JsonValue::Array items;
    for (auto entry : array) {
      od::value item;
      check(std::move(entry).get(item), offset);
      items.push_back(read_value(item, depth));
    }
    return placed(JsonValue(std::move(items)), result);
  }

  // A container is located before its members, to keep the locator moving forward.
  static JsonValue placed(JsonValue value, const JsonValue& where) {
    value.offset = where.offset;
    value.line = where.line;
    value.column = where.column;
    return value;
  }

  // `source` is a value, or the document itself when the text is a lone scalar.
  template <class Source>
  JsonValue read_scalar(Source& source, od::json_type type, std::size_t offset,
                        std::string_view raw) {
    JsonValue result;
    if (type == od::json_type::string) {
      std::string_view text;
      check_value(source.get_string().get(text), offset, simdjson::STRING_ERROR);
      result = JsonValue(std::string(text));
    } else if (type == od::json_type::number) {
      result = JsonValue(read_number(source, offset, raw));
    } else if (type == od::json_type::boolean) {
      bool flag = false;
      check_value(source.get_bool().get(flag), offset,
                  raw.starts_with('t') ? simdjson::T_ATOM_ERROR : simdjson::F_ATOM_ERROR);
      result = JsonValue(flag);
    } else {
      bool is_null = false;
      error_code code = source.is_null().get(is_null);
      if (code == simdjson::SUCCESS && !is_null)
        code = simdjson::N_ATOM_ERROR;
      check_value(code, offset, simdjson::N_ATOM_ERROR);
    }
    locator_.place(result, offset);
    return result;
  }

  template <class Source>
  double read_number(Source& source, std::size_t offset, std::string_view raw) {
    double number = 0;
    const error_code code = source.get_double().get(number);
    if (code == simdjson::NUMBER_ERROR) {
      // Valid JSON beyond the double range, which simdjson refuses.
      if (const auto beyond = read_json_number(raw))
        return *beyond;
    }
    check_value(code, offset, simdjson::NUMBER_ERROR);
    return number;
  }

  std::string_view text_;
  std::size_t start_;
  const char* json_;
  int max_depth_;
  Locator locator_;
  od::document* doc_ = nullptr;
};

}  // namespace

struct JsonParser::State {
  od::parser parser;
  std::string buffer;  // the text and simdjson's padding
};

JsonParser::JsonParser() : state_(std::make_unique<State>()) {}
JsonParser::~JsonParser() = default;

JsonValue JsonParser::parse(std::string_view text, int max_depth) {
  // A byte-order mark is not JSON, but editors add it; it carries no meaning.
  const std::size_t start = text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
  const std::string_view json = text.substr(start);
  struct Release {
    JsonParser& owner;
    std::size_t size;
    ~Release() {
      if (size > kKeptCapacity)
        owner.state_ = std::make_unique<State>();
    }
  } release{*this, json.size()};
  std::string& buffer = state_->buffer;
  buffer.assign(json);
  buffer.append(simdjson::SIMDJSON_PADDING, ' ');
  Walker walker(text, start, buffer.data(), max_depth);
  od::document doc;
  const error_code code =
      state_->parser.iterate(buffer.data(), json.size(), buffer.size()).get(doc);
  if (code != simdjson::SUCCESS)
    walker.fail_whole_text(code);
  return walker.read(doc);
}

const JsonValue* JsonValue::find(std::string_view key) const {
  if (!is_object())
    return nullptr;
  for (const auto& member : as_object()) {
    if (member.first == key)
      return &member.second;
  }
  return nullptr;
}

std::string_view json_type_name(JsonValue::Type type) {
  switch (type) {
    case JsonValue::Type::null:
      return "null";
    case JsonValue::Type::boolean:
      return "a boolean";
    case JsonValue::Type::number:
      return "a number";
    case JsonValue::Type::string:
      return "a string";
    case JsonValue::Type::array:
      return "an array";
    case JsonValue::Type::object:
      break;
  }
  return "an object";
}

JsonValue parse_json(std::string_view text, int max_depth) {
  thread_local JsonParser parser;
  return parser.parse(text, max_depth);
}

}  // namespace presscheck
