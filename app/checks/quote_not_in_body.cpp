#include "checks/quote_not_in_body.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "analysis/quote_words.hpp"
#include "checks/report.hpp"
#include "core/utf8.hpp"

namespace presscheck {
namespace {

constexpr std::size_t kMinWordsUnattributed = 3;

// The words a quote of `part` may be taken from, in reading order: the body for a
// standfirst quote, the standfirst and the body for a headline quote. A break entry between
// blocks keeps a run from spanning two of them. With `skip_parentheses`, words between
// brackets are left out: a headline may drop an editor's insertion, « le gros de
// l'épidémie (de Covid-19) est derrière nous ».
std::vector<const Token*> source_words(std::string_view text, const Analysis& analysis, Part part,
                                       bool skip_parentheses) {
  std::vector<const Token*> words;
  static const Token kParagraphBreak{{0, 0}, "\n"};
  for (const BlockAnalysis& block : analysis.blocks) {
    const Part source = block.block.part;
    if (source == Part::headline || (source == Part::standfirst && part == Part::standfirst)) {
      continue;
    }
    int depth = 0;
    std::size_t previous_end = block.block.span.begin;
    for (const Token& token : block.tokens) {
      for (char c : text.substr(previous_end, token.span.begin - previous_end)) {
        if (c == '(' || c == '[')
          ++depth;
        if ((c == ')' || c == ']') && depth > 0)
          --depth;
      }
      previous_end = token.span.end;
      if (!skip_parentheses || depth == 0)
        words.push_back(&token);
    }
    words.push_back(&kParagraphBreak);
  }
  return words;
}

// The quote's words cut at ellipses (… ... […]): each piece must stand in the body, since
// an ellipsis marks words left out.
std::vector<std::vector<const Token*>> pieces(std::string_view text, const BlockAnalysis& block,
                                              const Quote& quote) {
  std::vector<std::vector<const Token*>> out(1);
  const auto [first, last] = tokens_inside(block.tokens, quote.inner);
  std::size_t previous_end = quote.inner.begin;
  for (std::size_t i = first; i < last; ++i) {
    const Token& token = block.tokens[i];
    const std::string_view gap = text.substr(previous_end, token.span.begin - previous_end);
    const bool ellipsis = gap.find("\xE2\x80\xA6") != std::string_view::npos ||
                          gap.find("...") != std::string_view::npos;
    if (ellipsis && !out.back().empty())
      out.emplace_back();
    out.back().push_back(&token);
    previous_end = token.span.end;
  }
  return out;
}

constexpr std::size_t kShingle = 3;               // words in a shared run
constexpr double kMinCoverage = 0.6;              // of the standfirst quote's words
constexpr std::size_t kMinSignificantShared = 2;  // words of four letters or more

bool same_words(const std::vector<const Token*>& a, std::size_t i,
                const std::vector<const Token*>& b, std::size_t j) {
  for (std::size_t k = 0; k < kShingle; ++k) {
    if (a[i + k]->folded != b[j + k]->folded)
      return false;
  }
  return true;
}

// How many of `words` stand in a run of three or more words that `quote` shares, and how
// many of those are significant words.
std::pair<std::size_t, std::size_t> shared_coverage(const std::vector<const Token*>& words,
                                                    const std::vector<const Token*>& quote) {
  std::vector<bool> covered(words.size(), false);
  for (std::size_t i = 0; i + kShingle <= words.size(); ++i) {
    for (std::size_t j = 0; j + kShingle <= quote.size(); ++j) {
      if (!same_words(words, i, quote, j))
        continue;
      std::fill(covered.begin() + i, covered.begin() + i + kShingle, true);
      break;
    }
  }
  std::size_t count = 0;
  std::size_t significant = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!covered[i])
      continue;
    ++count;
    significant += words[i]->folded.size() >= 4;
  }
  return {count, significant};
}

// A standfirst may carry a quote of its own, so it is held only to what the body quotes:
// a body quote that shares most of its words, in runs, but not all of them, is a misquote
// (« parfaitement légal » for « complètement légal »).
const Quote* misquoted_in_body(const std::vector<const Token*>& words, const Analysis& analysis) {
  for (const BlockAnalysis& block : analysis.blocks) {
    if (block.block.part != Part::body)
      continue;
    for (const Quote& quote : block.quotes) {
      const auto [first, last] = tokens_inside(block.tokens, quote.inner);
      std::vector<const Token*> body;
      for (std::size_t i = first; i < last; ++i)
        body.push_back(&block.tokens[i]);
      const auto [covered, significant] = shared_coverage(words, body);
      if (significant >= kMinSignificantShared &&
          static_cast<double>(covered) >= kMinCoverage * static_cast<double>(words.size())) {
        return &quote;
      }
    }
  }
  return nullptr;
}

std::size_t word_count(const std::vector<std::vector<const Token*>>& parts) {
  std::size_t count = 0;
  for (const auto& part : parts)
    count += part.size();
  return count;
}

}  // namespace

const RuleInfo& QuoteNotInBody::info() const {
  static const RuleInfo kInfo{"quote.not-in-body", Severity::warning,
                              "une citation du titre ou du chapô ne figure pas dans le corps",
                              "a headline or standfirst quote does not appear in the body"};
  return kInfo;
}

void QuoteNotInBody::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  const Document& doc = context.document;
  const std::string_view text = context.document.text;
  const Reporter report(info(), context, out);
  const auto tops = top_quotes(context.document.text, context.analysis);
  if (tops.empty())
    return;  // most drafts: the body's quotes need not be read
  const auto for_headline = source_words(text, context.analysis, Part::headline, false);
  const auto for_standfirst = source_words(text, context.analysis, Part::standfirst, false);
  const auto for_headline_short = source_words(text, context.analysis, Part::headline, true);
  const auto for_standfirst_short = source_words(text, context.analysis, Part::standfirst, true);
  const std::vector<QuoteWords> body_quotes = body_quote_words(context.analysis.blocks);
  for (const auto& [block, quote] : tops) {
    const bool from_headline = block->block.part == Part::headline;
    const auto& body = from_headline ? for_headline : for_standfirst;
    const auto& body_short = from_headline ? for_headline_short : for_standfirst_short;
    const auto parts = pieces(doc.text, *block, *quote);
    const std::size_t count = word_count(parts);
    if (count == 0)
      continue;
    if (count < kMinWordsUnattributed && !is_attributed(doc.text, *block, *quote))
      continue;
    // A quote the body quotes with other polarity is headline.negated-quote's to report.
    // Pairing reads past auxiliaries and inflections, so a quote that pairs the same way
    // round must still stand in the body word for word (« était » is not « est »).
    const auto pairings = pair_with_body(core_words(*block, *quote), body_quotes);
    if (std::any_of(pairings.begin(), pairings.end(),
                    [](const QuotePairing& p) { return !p.contained && p.headline != p.body; }))
      continue;
    auto stands_in = [&](const std::vector<const Token*>& source) {
      return std::all_of(parts.begin(), parts.end(), [&](const auto& part) {
        return part.empty() || !find_runs(source, part).empty();
      });
    };
    if (stands_in(body) || stands_in(body_short))
      continue;
    const std::string_view words = doc.slice(quote->inner);
    const bool standfirst = block->block.part == Part::standfirst;
    const Quote* evidence = nullptr;
    if (standfirst) {
      std::vector<const Token*> all;
      for (const auto& part : parts)
        all.insert(all.end(), part.begin(), part.end());
      evidence = misquoted_in_body(all, context.analysis);
      if (evidence == nullptr)
        continue;
    }
    if (standfirst) {
      report(quote->outer, "la citation « {} » du chapô diffère de celle du corps",
             "the standfirst quote \"{}\" differs from the body's", words)
          .evidence(evidence->inner, "le corps cite « {} »", "the body quotes \"{}\"",
                    doc.slice(evidence->inner));
    } else {
      report(quote->outer, "la citation « {} » du titre ne figure nulle part dans l'article",
             "the headline quote \"{}\" appears nowhere in the article", words);
    }
  }
}

}  // namespace presscheck
