#pragma once

#include <string>

#include "verify/sentence_check.hpp"

namespace presscheck {

/// A sentence's verdicts as one JSON object (and a line break), for scripts: each claim's
/// byte offsets into the sentence, verdict, message and fact with its source.
std::string render_verdicts_json(const SentenceReport& report);

}  // namespace presscheck
