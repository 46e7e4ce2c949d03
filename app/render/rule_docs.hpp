#pragma once

#include <string>
#include <string_view>

namespace presscheck {

/// The address of a rule's documentation page (docs/rules/<rule-id>.md in the repository),
/// which SARIF, rdjson and the language server link to.
inline std::string rule_doc_url(std::string_view rule_id) {
  return "https://github.com/presscheck/presscheck/blob/main/docs/rules/" + std::string(rule_id) +
         ".md";
}

}  // namespace presscheck
