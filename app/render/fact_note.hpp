#pragma once

#include <string>

#include "core/diagnostic.hpp"

namespace presscheck {

/// The fact a finding rests on, its validity and its source, as the fact base words them:
/// "fact ID = VALUE [FROM → TO]; source: URL" (in French when `fr`).
std::string fact_note(const FactEvidence& fact, bool fr);

}  // namespace presscheck
