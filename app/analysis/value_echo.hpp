#pragma once

#include "extract/extraction.hpp"
#include "text/analysis.hpp"

namespace presscheck {

/// How closely a body sentence repeats the words around a headline or standfirst value.
struct EchoMatch {
  int before = 0;             // words matched right before the value, nearest first
  int after = 0;              // words matched right after it
  bool whole_before = false;  // the match runs back to both sentences' starts
  bool whole_after = false;   // the match runs on to both sentences' ends

  int words() const { return before + after; }
  /// Whether the two sentences say the same thing around the value, so that the body's
  /// value is the one the headline's stands for: several words matched on each side
  /// (or the whole of a side), and enough in all that no unrelated sentence matches by
  /// chance.
  bool echoes() const;
};

/// Compares the words of `top`'s sentence with those of `body`'s sentence, outward from
/// the two values, word by word as folded: a standfirst that copies the body's lead with
/// another figure (« 620 mln dlrs » for its « 440 mln dlrs ») matches on every word but
/// the figure. Dates and other figures around the values must be written alike to match.
EchoMatch echo_between(const BlockAnalysis& top_block, const Value& top,
                       const BlockAnalysis& body_block, const Value& body);

}  // namespace presscheck
