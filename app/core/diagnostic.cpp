#include "core/diagnostic.hpp"

namespace presscheck {

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "info")
    return Severity::info;
  if (name == "warning")
    return Severity::warning;
  if (name == "error")
    return Severity::error;
  return std::nullopt;
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      break;
  }
  return "error";
}

}  // namespace presscheck
