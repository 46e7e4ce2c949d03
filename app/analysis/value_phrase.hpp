#pragma once

#include <string>

#include "core/document.hpp"
#include "extract/extraction.hpp"
#include "text/analysis.hpp"

namespace presscheck {

/// The words right around a value, two on each side within its clause, as one key
/// (« fêter ses _ ans »), or empty when fewer than two stand there or none of them may
/// name a thing (« il y a _ ans »). A standfirst that
/// repeats a body sentence with another figure shares this key with it, whatever the
/// words are, and few unrelated figures do.
std::string phrase_around(const Document& doc, const BlockAnalysis& block,
                          const BlockExtraction& found, const Value& value);

}  // namespace presscheck
