#include "lsp/server_settings.hpp"

#include <fmt/format.h>

namespace presscheck::lsp {
namespace {

std::string text_of(const Json& json, std::string_view key) {
  const Json& value = json.at(std::string(key));
  if (!value.is_string())
    throw InvalidParams(fmt::format("setting `{}` must be a string", key));
  return value.get<std::string>();
}

std::optional<std::filesystem::path> path_of(const Json& json, std::string_view key,
                                             const std::filesystem::path& root) {
  if (json.at(std::string(key)).is_null())
    return std::nullopt;
  const std::filesystem::path path = text_of(json, key);
  return path.is_absolute() || root.empty() ? path : root / path;
}

bool has(const Json& json, std::string_view key) {
  return json.contains(std::string(key));
}

}  // namespace

ServerSettings read_settings(const Json& json, ServerSettings base,
                             const std::filesystem::path& root) {
  if (json.is_null())
    return base;
  if (!json.is_object())
    throw InvalidParams("settings must be an object");
  if (json.contains("presscheck"))
    return read_settings(json["presscheck"], std::move(base), root);
  if (has(json, "lang")) {
    if (json["lang"].is_null()) {
      base.lang.reset();
    } else {
      const std::string code = text_of(json, "lang");
      if (code != "fr" && code != "en")
        throw InvalidParams(fmt::format("setting `lang` is \"{}\"; use \"fr\" or \"en\"", code));
      base.lang = parse_lang(code);
    }
  }
  if (has(json, "facts"))
    base.facts = path_of(json, "facts", root);
  if (has(json, "rules"))
    base.rules = path_of(json, "rules", root);
  if (has(json, "config"))
    base.config = path_of(json, "config", root);
  if (has(json, "noFacts")) {
    if (!json["noFacts"].is_boolean())
      throw InvalidParams("setting `noFacts` must be true or false");
    base.no_facts = json["noFacts"].get<bool>();
  }
  if (has(json, "minSeverity")) {
    const std::string name = text_of(json, "minSeverity");
    const auto severity = parse_severity(name);
    if (!severity) {
      throw InvalidParams(fmt::format(
          "setting `minSeverity` is \"{}\"; use \"info\", \"warning\" or \"error\"", name));
    }
    base.min_severity = *severity;
  }
  if (has(json, "debounceMs")) {
    const Json& value = json["debounceMs"];
    if (!value.is_number_integer() || value.get<long long>() < 0 || value.get<long long>() > 10000)
      throw InvalidParams("setting `debounceMs` must be a whole number from 0 to 10000");
    base.debounce_ms = value.get<int>();
  }
  return base;
}

}  // namespace presscheck::lsp
