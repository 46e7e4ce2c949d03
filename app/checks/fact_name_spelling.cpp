#include "checks/fact_name_spelling.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cstdint>
#include <map>
#include <span>
#include <unordered_set>

#include "checks/report.hpp"
#include "core/utf8.hpp"
#include "extract/name_spelling_index.hpp"
#include "extract/near_miss.hpp"

namespace presscheck {
namespace {

bool all_space(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!utf8::is_space(utf8::next(text, pos)))
      return false;
  }
  return !text.empty();
}

// « Jean-Luc » must be written with its hyphen, while any run of spaces (a line break in
// a hard-wrapped draft) separates two words as well as one space.
bool same_gap(std::string_view written, std::string_view known) {
  return written == known || (all_space(written) && all_space(known));
}

char32_t first_code_point(std::string_view word) {
  std::size_t pos = 0;
  return word.empty() ? 0 : utf8::next(word, pos);
}

/// One place where a draft nearly writes a known name.
struct NearMiss {
  Span span;
  std::string known;
};

/// What the draft writes, read once for all names.
struct DraftWords {
  const Document* doc = nullptr;
  std::vector<const BlockAnalysis*> blocks;
  std::unordered_set<std::string_view> lowercase;  // folded words written without a capital,
                                                   // viewing the analysis's tokens
};

DraftWords read_words(const Document& doc, const Analysis& analysis) {
  DraftWords out;
  out.doc = &doc;
  for (const BlockAnalysis& block : analysis.blocks) {
    out.blocks.push_back(&block);
    for (const Token& token : block.tokens) {
      if (!is_latin_capital(first_code_point(doc.slice(token.span))))
        out.lowercase.insert(token.folded);
    }
  }
  return out;
}

// Whether the words of `block` from `start` nearly write `name`, whose words stand at
// `words` in it: every word the same but one, which is a capitalised word one edit away from
// a known word of five letters or more, and not a common word of the draft (one it also
// writes in lower case).
bool nearly_writes(const DraftWords& draft, const BlockAnalysis& block, std::size_t start,
                   std::string_view name, std::span<const Span> words) {
  const Document& doc = *draft.doc;
  const std::size_t n = words.size();
  if (n == 0 || start + n > block.tokens.size())
    return false;
  std::size_t misses = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const Token& token = block.tokens[start + k];
    if (k > 0) {
      const std::size_t from = block.tokens[start + k - 1].span.end;
      const std::string_view known_gap =
          name.substr(words[k - 1].end, words[k].begin - words[k - 1].end);
      if (!same_gap(doc.slice({from, token.span.begin}), known_gap))
        return false;
    }
    const std::string_view written = doc.slice(token.span);
    const std::string_view known = name.substr(words[k].begin, words[k].size());
    if (written == known)
      continue;
    if (++misses > 1 || !NameSpellingIndex::may_be_misspelt(known, n) ||
        first_code_point(written) != first_code_point(known) ||
        draft.lowercase.contains(token.folded) || !one_edit_apart(written, known)) {
      return false;
    }
  }
  return misses == 1;
}

// Whether a hyphen joins the words to a longer name: « Marie Le Pen » of « Jean-Marie Le
// Pen » is that other person, not a misspelling of « Marine Le Pen ».
bool part_of_compound(std::string_view text, Span span) {
  return (span.begin >= 2 && text[span.begin - 1] == '-' && text[span.begin - 2] != ' ') ||
         (span.end + 1 < text.size() && text[span.end] == '-' && text[span.end + 1] != ' ');
}

bool is_checked_kind(const facts::FactBase& base, std::string_view entity,
                     std::map<std::string, bool, std::less<>>& cache) {
  const auto it = cache.find(entity);
  if (it != cache.end())
    return it->second;
  const auto found = base.entity(entity);
  const bool checked = found && (found->kind == facts::EntityKind::person ||
                                 found->kind == facts::EntityKind::organization);
  cache.emplace(std::string(entity), checked);
  return checked;
}

/// A place where a name may be nearly written: the name (an index into the base's names),
/// and the block and token where its first word would stand.
struct Candidate {
  std::size_t name = 0;
  std::size_t block = 0;
  std::size_t start = 0;
  auto operator<=>(const Candidate&) const = default;
};

// Whether the draft writes, next to token `i`, the word of the name that stands next to the
// nearly written one: only one word may differ, so a place where the next word differs
// already is dropped before anything costlier. A surname shared by hundreds of people in
// the base then costs hundreds of short comparisons, not hundreds of candidates.
bool neighbour_written(const Document& doc, const std::vector<Token>& tokens, std::size_t i,
                       const FactIndex& facts, NameSpellingIndex::NameWord near) {
  const std::span<const Span> words = facts.spelling().words_of(near.name);
  if (words.size() < 2)
    return true;
  const std::string_view name = facts.all_names()[near.name].name;
  const std::size_t k = near.word == 0 ? 1 : near.word - 1;  // the neighbour in the name
  const std::size_t at = near.word == 0 ? i + 1 : i - 1;     // and in the draft
  return at < tokens.size() &&
         doc.slice(tokens[at].span) == name.substr(words[k].begin, words[k].size());
}

// A name nearly written has exactly one word one edit away from a long capitalised word of
// the name, so only the draft's capitalised words need looking up, each in the index.
std::vector<Candidate> candidates(const DraftWords& draft, const FactIndex& facts) {
  std::vector<Candidate> out;
  for (std::size_t b = 0; b < draft.blocks.size(); ++b) {
    const std::vector<Token>& tokens = draft.blocks[b]->tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const std::string_view written = draft.doc->slice(tokens[i].span);
      if (!is_latin_capital(first_code_point(written)) ||
          utf8::count_code_points(written) + 1 < NameSpellingIndex::kMinWordLength ||
          draft.lowercase.contains(tokens[i].folded)) {
        continue;
      }
      for (const auto& near : facts.spelling().near(written)) {
        if (near.word <= i && neighbour_written(*draft.doc, tokens, i, facts, near))
          out.push_back({near.name, b, i - near.word});
      }
    }
  }
  // In the base's order of names, as the findings are then ordered.
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

/// Spans that do not overlap, by where they begin: whether a new one overlaps any costs
/// one search, not a comparison with each (a draft may nearly write a name 100,000 times).
class KeptSpans {
 public:
  /// Keeps `span` unless it overlaps one kept already; says whether it was kept.
  bool add(Span span) {
    auto after = ends_by_begin_.lower_bound(span.begin);
    if (after != ends_by_begin_.end() && after->first < span.end)
      return false;  // a kept span begins inside this one
    if (after != ends_by_begin_.begin() && std::prev(after)->second > span.begin)
      return false;  // the kept span before this one reaches into it
    ends_by_begin_.emplace(span.begin, span.end);
    return true;
  }

 private:
  std::map<std::size_t, std::size_t> ends_by_begin_;
};

std::vector<NearMiss> near_misses(const DraftWords& draft, const FactIndex& facts) {
  std::map<std::string, bool, std::less<>> kinds;
  std::vector<NearMiss> found;
  for (const Candidate& candidate : candidates(draft, facts)) {
    const IndexedName entry = facts.all_names()[candidate.name];
    const auto& words = facts.spelling().words_of(static_cast<std::uint32_t>(candidate.name));
    const BlockAnalysis* block = draft.blocks[candidate.block];
    if (!nearly_writes(draft, *block, candidate.start, entry.name, words))
      continue;
    const Span span{block->tokens[candidate.start].span.begin,
                    block->tokens[candidate.start + words.size() - 1].span.end};
    // A known name written without its accents (« Viktor Orban », "Micheal Martin") is how
    // much of the press writes foreign names, not a misspelling.
    const std::string_view written = draft.doc->slice(span);
    if (facts.is_name(written) || part_of_compound(draft.doc->text, span) ||
        !is_checked_kind(facts.base(), entry.entity, kinds) ||
        !facts.base().resolve(written).empty())
      continue;
    found.push_back({span, std::string(entry.name)});
  }
  // Where several names nearly match (« Ursula von der Leyden » is near both « Ursula von
  // der Leyen » and « von der Leyen »), the longest one speaks for them.
  std::stable_sort(found.begin(), found.end(), [](const NearMiss& a, const NearMiss& b) {
    return a.span.size() > b.span.size();
  });
  std::vector<NearMiss> kept;
  KeptSpans kept_spans;
  for (NearMiss& miss : found) {
    if (kept_spans.add(miss.span))
      kept.push_back(std::move(miss));
  }
  return kept;
}

}  // namespace

const RuleInfo& FactNameSpelling::info() const {
  static const RuleInfo kInfo{
      "fact.name-spelling", Severity::warning,
      "un nom ressemble à une lettre près à celui d'une personne ou d'une organisation connue "
      "de la base de faits",
      "a name is one letter away from that of a person or organisation in the fact base"};
  return kInfo;
}

void FactNameSpelling::run(const CheckContext& context, std::vector<Diagnostic>& out) const {
  if (context.facts == nullptr)
    return;
  const Document& doc = context.document;
  const DraftWords draft = read_words(doc, context.analysis);
  const Reporter report(info(), context, out);
  for (const NearMiss& miss : near_misses(draft, *context.facts)) {
    const std::string_view written = doc.slice(miss.span);
    report(miss.span, "« {} » ressemble à « {} », l'orthographe connue de ce nom",
           "\"{}\" looks like \"{}\", the known spelling of this name", written, miss.known)
        .suggest(miss.span, miss.known);
  }
}

}  // namespace presscheck
