#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analysis/claim_verdicts.hpp"
#include "core/document.hpp"
#include "lookup/fact_tools.hpp"

namespace presscheck {

/// One sentence weighed against the fact base: what `verify` and the shell's :verify say.
struct SentenceReport {
  Document document;  // the sentence as a one-block draft; verdict spans point into it
  Date at;
  std::vector<ClaimVerdict> verdicts;

  /// Whether a claim is contradicted or out of date.
  bool failed() const;
};

/// Reads `sentence` as a draft of one paragraph dated `at`, in `lang` or the language it
/// is written in, and runs the same reading and fact checks as `lint` on it. Throws
/// UserError when there is no text to check or it is not UTF-8.
SentenceReport check_sentence(std::string_view sentence, std::optional<Lang> lang, const Date& at,
                              FactTools& tools);

}  // namespace presscheck
