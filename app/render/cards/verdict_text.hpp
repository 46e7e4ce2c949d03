#pragma once

#include <string>

#include "render/cards/terminal_style.hpp"
#include "verify/sentence_check.hpp"

namespace presscheck {

/// A sentence's verdicts for a reader, in the sentence's language, aligned for an
/// 80-column terminal: each claim as written, the verdict, what the base says and where
/// it comes from.
std::string render_verdicts_text(const SentenceReport& report, const Style& style);

}  // namespace presscheck
