#include "serve/api_requests.hpp"

#include <fmt/format.h>
#include <charconv>
#include <initializer_list>

#include "core/json_reader.hpp"
#include "core/utf8.hpp"
#include "serve/api_error.hpp"

namespace presscheck {
namespace {

// A file name is a name, not a document: long enough for any real one.
constexpr std::size_t kMaxFilename = 1024;

ApiError bad_request(const std::string& message) {
  return ApiError(400, message);
}

JsonValue parse_object(std::string_view body) {
  JsonValue value;
  try {
    value = parse_json(body);
  } catch (const JsonSyntaxError& error) {
    throw bad_request(fmt::format("invalid JSON at line {}, column {}: {}", error.line(),
                                  error.column(), error.what()));
  }
  if (!value.is_object()) {
    throw bad_request(
        fmt::format("the body must be a JSON object, not {}", json_type_name(value.type())));
  }
  return value;
}

// Every member must be one the route knows, and a string: a misspelt field ("lnag") is
// an error, not a silent default.
void check_fields(const JsonValue& object, std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : object.as_object()) {
    bool found = false;
    for (std::string_view name : known)
      found = found || key == name;
    if (!found) {
      std::string list;
      for (std::string_view name : known)
        list += fmt::format("{}\"{}\"", list.empty() ? "" : ", ", name);
      throw bad_request(fmt::format("unknown field \"{}\"; the fields are {}", key, list));
    }
    if (!value.is_string()) {
      throw bad_request(
          fmt::format("\"{}\" must be a string, not {}", key, json_type_name(value.type())));
    }
  }
}

std::string string_field(const JsonValue& object, std::string_view key, bool required) {
  const JsonValue* value = object.find(key);
  if (value == nullptr) {
    if (required)
      throw bad_request(fmt::format("the field \"{}\" is required", key));
    return {};
  }
  return value->as_string();
}

std::string checked_lang(std::string lang) {
  if (!lang.empty() && lang != "fr" && lang != "en")
    throw bad_request(fmt::format("lang: \"{}\" is not fr or en", lang.substr(0, 40)));
  return lang;
}

std::string checked_filename(std::string name) {
  if (name.empty())
    throw bad_request("filename: empty; give the draft's name, such as draft.md");
  if (name.size() > kMaxFilename)
    throw bad_request(fmt::format("filename: longer than {} bytes", kMaxFilename));
  return name;
}

std::string param(const QueryParams& params, const std::string& key) {
  const auto found = params.find(key);
  return found == params.end() ? std::string() : found->second;
}

void check_params(const QueryParams& params, std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : params) {
    bool found = false;
    for (std::string_view name : known)
      found = found || key == name;
    if (!found)
      throw bad_request(fmt::format("unknown parameter \"{}\"", key.substr(0, 40)));
    if (utf8::first_invalid(value))
      throw bad_request(fmt::format("the parameter \"{}\" is not UTF-8 text", key.substr(0, 40)));
    if (params.count(key) > 1)
      throw bad_request(fmt::format("the parameter \"{}\" is given twice", key.substr(0, 40)));
  }
}

}  // namespace

LintRequest lint_request_from_json(std::string_view body) {
  const JsonValue object = parse_object(body);
  check_fields(object, {"text", "filename", "lang", "date"});
  LintRequest request;
  request.text = string_field(object, "text", true);
  if (object.find("filename") != nullptr)
    request.filename = checked_filename(string_field(object, "filename", false));
  request.lang = checked_lang(string_field(object, "lang", false));
  request.date = string_field(object, "date", false);
  return request;
}

LintRequest lint_request_from_bytes(std::string body, const QueryParams& params) {
  check_params(params, {"filename", "lang", "date"});
  LintRequest request;
  request.text = std::move(body);
  if (params.contains("filename"))
    request.filename = checked_filename(param(params, "filename"));
  request.lang = checked_lang(param(params, "lang"));
  request.date = param(params, "date");
  return request;
}

VerifyRequest verify_request_from_json(std::string_view body) {
  const JsonValue object = parse_object(body);
  check_fields(object, {"sentence", "date", "lang"});
  VerifyRequest request;
  request.sentence = string_field(object, "sentence", true);
  request.date = string_field(object, "date", false);
  request.lang = checked_lang(string_field(object, "lang", false));
  return request;
}

LookupRequest lookup_request_from_params(const QueryParams& params) {
  check_params(params, {"q", "as_of", "lang", "limit"});
  LookupRequest request;
  request.query = param(params, "q");
  if (request.query.find_first_not_of(" \t\r\n") == std::string::npos)
    throw bad_request("the parameter q is required: the words to look for");
  request.as_of = param(params, "as_of");
  request.lang = checked_lang(param(params, "lang"));
  if (params.contains("limit")) {
    const std::string text = param(params, "limit");
    std::size_t limit = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), limit);
    if (error != std::errc() || end != text.data() + text.size() || limit < 1 || limit > 100)
      throw bad_request(
          fmt::format("limit: \"{}\" is not a whole number from 1 to 100", text.substr(0, 40)));
    request.limit = limit;
  }
  return request;
}

}  // namespace presscheck
