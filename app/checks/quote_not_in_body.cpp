#include "checks/quote_not_in_body.hpp"

#include <fmt/format.h>

#include "checks/quote_words.hpp"
#include "core/utf8.hpp"

namespace presscheck {
namespace {

constexpr std::size_t kMinWordsUnattributed = 3;

// The body's words in reading order; a null entry between paragraphs keeps a run from
// spanning two of them.
std::vector<const Token*> body_words(const Analysis& analysis) {
  std::vector<const Token*> words;
  static const Token kParagraphBreak{{0, 0}, "\n"};
  for (const BlockAnalysis& block : analysis.blocks) {
    if (block.block.part != Part::body) continue;
    for (const Token& token : block.tokens) words.push_back(&token);
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
    if (ellipsis && !out.back().empty()) out.emplace_back();
    out.back().push_back(&token);
    previous_end = token.span.end;
  }
  return out;
}

std::size_t word_count(const std::vector<std::vector<const Token*>>& parts) {
  std::size_t count = 0;
  for (const auto& part : parts) count += part.size();
  return count;
}

}  // namespace

const RuleInfo& QuoteNotInBody::info() const {
  static const RuleInfo kInfo{
      "quote.not-in-body", Severity::warning,
      "une citation du titre ou du chapô ne figure pas dans le corps",
      "a headline or standfirst quote does not appear in the body"};
  return kInfo;
}

void QuoteNotInBody::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  const Document& doc = context.document;
  const std::vector<const Token*> body = body_words(context.analysis);
  for (const auto& [block, quote] : top_quotes(context.analysis)) {
    const auto parts = pieces(doc.text, *block, *quote);
    const std::size_t count = word_count(parts);
    if (count == 0) continue;
    if (count < kMinWordsUnattributed && !is_attributed(doc.text, *block, *quote)) continue;
    // A quote the body quotes with other polarity is headline.negated-quote's to report.
    if (!pair_with_body(core_words(*block, *quote), context.analysis.blocks).empty()) continue;
    bool found = true;
    for (const auto& part : parts) found = found && (part.empty() || !find_runs(body, part).empty());
    if (found) continue;
    const std::string_view words = doc.slice(quote->inner);
    const bool standfirst = block->block.part == Part::standfirst;
    Diagnostic diagnostic;
    diagnostic.rule = std::string(info().id);
    diagnostic.severity = info().severity;
    diagnostic.span = quote->outer;
    diagnostic.message =
        doc.lang == Lang::fr
            ? fmt::format("la citation « {} » {} ne figure pas dans le corps de l'article", words,
                          standfirst ? "du chapô" : "du titre")
            : fmt::format("the {} quote \"{}\" does not appear in the body", 
                          standfirst ? "standfirst" : "headline", words);
    out.push_back(std::move(diagnostic));
  }
}

}  // namespace presscheck
