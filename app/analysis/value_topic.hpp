#pragma once

#include <string>
#include <vector>

#include "core/document.hpp"
#include "extract/extraction.hpp"
#include "text/analysis.hpp"

namespace presscheck {

/// What a written value is about, as far as the words around it tell: the significant
/// words next to it (« amende » in « 45 millions d'euros d'amende », "killed" in "20 killed")
/// and the fact-base property labels among them. Empty when nothing tells.
struct ValueTopic {
  std::vector<std::string> words;   // folded, plural mark dropped
  std::vector<std::string> labels;  // property ids
  /// The unit written after the value (« tonnes », "years"), folded; values counted in
  /// different units are not compared.
  std::string unit;
  /// The words around the value (see phrase_around): a value whose words name nothing
  /// is still about what a body value written amid the same words is about.
  std::string phrase;

  /// Whether words or labels name the topic.
  bool named() const { return !words.empty() || !labels.empty(); }
  bool empty() const { return !named() && phrase.empty(); }
};

/// The topic of `value` in `block`: the noun right after it, through a unit and a link
/// word (« 20 ans de prison »), and the noun a link word ties it to before (« amende de »,
/// "vote on"), within its clause. A value that ends its clause with no such noun borrows the
/// topic of the value of its kind before it in the sentence ("1.2 million members and the
/// TGWU has 800,000").
ValueTopic topic_of(const Document& doc, const BlockAnalysis& block, const BlockExtraction& found,
                    const Value& value);

/// The topic of every significant word in the sentence of `value`: what a short headline
/// dates when no word is tied to its date (« Grève mardi à la SNCF »). Only as precise as
/// the body's side, which must still tie its value to one of these words.
ValueTopic clause_topic(const BlockAnalysis& block, const BlockExtraction& found,
                        const Value& value);

/// Whether two topics share a word or a label, or stand amid the same words: the two
/// values may then be about one thing.
/// Entities alone are not enough, as one person can be named with many dates and figures.
bool same_topic(const ValueTopic& a, const ValueTopic& b);

/// Whether a word may name what a value is about: a significant word, or a topic word
/// outside the `people` group (« personnes » counts, « tuées » names).
bool names_a_topic(const BlockExtraction& found, const Token& token);

/// Where `value` stands among `found.values`, or their count when it is not one of them:
/// found in constant time, as checks ask it of every value of paragraphs that may hold
/// thousands.
std::size_t position_of(const BlockExtraction& found, const Value& value);

/// The written value as a reader sees it, approximator included (« plus de 45 millions »).
Span written_span(const Value& value);

/// Whether the value stands inside a quotation: a quoted figure is the quote checks' to
/// compare, and reporting it twice would only add noise.
bool is_quoted(const BlockAnalysis& block, const Value& value);

/// « le titre » or "the standfirst", for messages.
std::string_view block_name(Part part, Lang lang);

}  // namespace presscheck
