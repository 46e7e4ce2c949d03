#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/draft_context.hpp"
#include "core/diagnostic.hpp"
#include "factbase/model.hpp"

namespace presscheck {

/// A quote of the draft set against a quote on record of the speaker its sentence names.
struct RecordedMatch {
  std::string speaker;                   // entity id
  facts::Quote said;                     // the quote on record
  std::string said_text;                 // its words in the draft's language (text or translation)
  Polarity written = Polarity::unclear;  // how the draft reports the shared words
  bool said_negative = false;

  bool reversed() const {
    return (written == Polarity::negative && !said_negative) ||
           (written == Polarity::affirmative && said_negative);
  }
  bool agrees() const {
    return (written == Polarity::negative && said_negative) ||
           (written == Polarity::affirmative && !said_negative);
  }
};

/// The quotes on record that a draft quote shares its words with: the one entity with
/// recorded quotes named in the quote's sentence (outside it) is the speaker, and one
/// quote's meaning words stand whole in the other's, in the draft's language or through a
/// stored translation. A negation may stand a few words from the quote, since the speaker
/// is named: "the Commission did not take the videos \"very seriously\"".
std::vector<RecordedMatch> match_recorded_quotes(const DraftContext& context,
                                                 std::size_t block_index, const Quote& quote);

/// A quote on record as evidence: its id, words, date and first source.
FactEvidence recorded_quote_evidence(const facts::FactBase& base, const facts::Quote& quote);

}  // namespace presscheck
