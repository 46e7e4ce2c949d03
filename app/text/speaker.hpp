#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "rulepack/rule_set.hpp"
#include "text/quote.hpp"
#include "text/token.hpp"

namespace presscheck {

/// Who a quote is attributed to, as the folded words that name them: {"howard"} for
/// "Mr Howard said", {"ministre"} for « a déclaré le ministre ». Empty when the text does
/// not say.
struct Speaker {
  std::vector<std::string> words;

  bool known() const { return !words.empty(); }
};

/// Whether two known speakers may be one person: the name words (three letters or more) of
/// one all stand in the other ("Howard" and "Michael Howard"; « le ministre » and « le
/// ministre de l'Intérieur »), while "housing minister" and "opposition housing
/// spokeswoman" are two people.
bool same_speaker(const Speaker& a, const Speaker& b);

/// What the speaker search reads in one block: its words, sentences and the attribution
/// matches the text stage already found.
struct SpeakerContext {
  std::string_view text;
  const std::vector<Token>& tokens;
  const std::vector<Span>& sentences;
  const std::vector<Span>& clause_breaks;
  const std::vector<RuleMatch>& reporting_verbs;
  const std::vector<RuleMatch>& attributions;
};

/// The speaker of each quote, in the order of `quotes`: the name next to the reporting
/// verb after the quote ("…," Mr Howard said; « …, selon le ministre »), else the one before
/// the reporting verb that introduces it in its sentence (Howard says Labour is
/// "rattled"), else the words before a colon (« Le ministre : « … » »). A pronoun (he,
/// « a-t-elle dit ») stands for the last speaker named before it in the block.
std::vector<Speaker> find_speakers(const SpeakerContext& context, const std::vector<Quote>& quotes);

}  // namespace presscheck
