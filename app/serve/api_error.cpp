#include "serve/api_error.hpp"

#include "core/json_writer.hpp"
#include "core/terminal_safe.hpp"

namespace presscheck {

std::string error_json(int status, std::string_view message) {
  JsonWriter json;
  json.begin_object().key("error").begin_object();
  json.key("status").value(static_cast<long long>(status));
  // Messages may quote what the request held, cut anywhere: JSON needs whole characters.
  json.key("message").value(valid_utf8(message));
  json.end_object().end_object();
  return json.str() + "\n";
}

std::string_view status_message(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 403:
      return "forbidden";
    case 404:
      return "no such page or API route";
    case 405:
      return "method not allowed";
    case 413:
      return "request body too large";
    case 414:
      return "request URI too long";
    case 415:
      return "unsupported content type";
    default:
      break;
  }
  return status >= 500 ? "internal server error" : "request refused";
}

}  // namespace presscheck
