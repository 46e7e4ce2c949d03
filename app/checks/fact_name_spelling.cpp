#include "checks/fact_name_spelling.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "checks/near_miss.hpp"
#include "core/utf8.hpp"

namespace presscheck {
namespace {

// A shorter word is too often another real word or name one letter away (Musk, Mask).
constexpr std::size_t kMinWordLength = 5;
// A one-word name has no other word to confirm the match, so it must be long to count.
constexpr std::size_t kMinSingleWordLength = 7;

struct NameWords {
  std::vector<std::string_view> words;
  std::vector<std::string_view> gaps;  // gaps[k] stands between words[k] and words[k + 1]
};

NameWords split_name(std::string_view name) {
  NameWords out;
  const std::vector<Token> tokens = tokenize(name, {0, name.size()});
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    out.words.push_back(name.substr(tokens[k].span.begin, tokens[k].span.size()));
    if (k > 0) {
      const std::size_t from = tokens[k - 1].span.end;
      out.gaps.push_back(name.substr(from, tokens[k].span.begin - from));
    }
  }
  return out;
}

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
  std::unordered_set<std::string_view> written;  // every word as written
  std::unordered_set<std::string> lowercase;     // folded words written without a capital
  // Per block, where each word and each initial stands, so that looking for one of many
  // thousand names costs a lookup rather than a pass over the draft.
  std::vector<std::unordered_map<std::string_view, std::vector<std::size_t>>> word_at;
  std::vector<std::unordered_map<char32_t, std::vector<std::size_t>>> initial_at;
};

DraftWords read_words(const Document& doc, const Analysis& analysis) {
  DraftWords out;
  out.doc = &doc;
  for (const BlockAnalysis& block : analysis.blocks) {
    out.blocks.push_back(&block);
    auto& word_at = out.word_at.emplace_back();
    auto& initial_at = out.initial_at.emplace_back();
    for (std::size_t i = 0; i < block.tokens.size(); ++i) {
      const Token& token = block.tokens[i];
      const std::string_view word = doc.slice(token.span);
      word_at[word].push_back(i);
      initial_at[first_code_point(word)].push_back(i);
      out.written.insert(word);
      if (!is_latin_capital(first_code_point(word)))
        out.lowercase.insert(token.folded);
    }
  }
  return out;
}

// Whether the words of `block` from `start` nearly write `name`: every word the same but
// one, which is a capitalised word one edit away from a known word of five letters or more,
// and not a common word of the draft (one it also writes in lower case).
bool nearly_writes(const DraftWords& draft, const BlockAnalysis& block, std::size_t start,
                   const NameWords& name) {
  const Document& doc = *draft.doc;
  const std::size_t n = name.words.size();
  if (start + n > block.tokens.size())
    return false;
  std::size_t misses = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const Token& token = block.tokens[start + k];
    if (k > 0) {
      const std::size_t from = block.tokens[start + k - 1].span.end;
      if (!same_gap(doc.slice({from, token.span.begin}), name.gaps[k - 1]))
        return false;
    }
    const std::string_view written = doc.slice(token.span);
    const std::string_view known = name.words[k];
    if (written == known)
      continue;
    const char32_t initial = first_code_point(known);
    const std::size_t min_length = n == 1 ? kMinSingleWordLength : kMinWordLength;
    if (++misses > 1 || utf8::count_code_points(known) < min_length || !is_latin_capital(initial) ||
        first_code_point(written) != initial || draft.lowercase.contains(token.folded) ||
        !one_edit_apart(written, known)) {
      return false;
    }
  }
  return misses == 1;
}

// The starts in `block` where `name` may be written: where one of its words stands, or
// for a one-word name, wherever a word begins with the same letter.
std::set<std::size_t> anchors(const DraftWords& draft, std::size_t block, const NameWords& name) {
  std::set<std::size_t> starts;
  for (std::size_t k = 0; k < name.words.size(); ++k) {
    const std::vector<std::size_t>* at = nullptr;
    if (name.words.size() == 1) {
      const auto found = draft.initial_at[block].find(first_code_point(name.words[k]));
      at = found == draft.initial_at[block].end() ? nullptr : &found->second;
    } else {
      const auto found = draft.word_at[block].find(name.words[k]);
      at = found == draft.word_at[block].end() ? nullptr : &found->second;
    }
    if (at == nullptr)
      continue;
    for (std::size_t i : *at) {
      if (i >= k)
        starts.insert(i - k);
    }
  }
  return starts;
}

// A one-word name nearly written is one edit away from a long capitalised word (see
// nearly_writes), so a short or lowercase one can be passed over without looking.
bool may_be_misspelt(const NameWords& name) {
  return name.words.size() > 1 || (utf8::count_code_points(name.words[0]) >= kMinSingleWordLength &&
                                   is_latin_capital(first_code_point(name.words[0])));
}

bool is_checked_kind(const facts::FactBase& base, const std::string& entity,
                     std::map<std::string, bool, std::less<>>& cache) {
  const auto it = cache.find(entity);
  if (it != cache.end())
    return it->second;
  const auto found = base.entity(entity);
  const bool checked = found && (found->kind == facts::EntityKind::person ||
                                 found->kind == facts::EntityKind::organization);
  cache.emplace(entity, checked);
  return checked;
}

std::vector<NearMiss> near_misses(const DraftWords& draft, const FactIndex& facts) {
  std::map<std::string, bool, std::less<>> kinds;
  // A multi-word name is only looked for where the draft writes one of its words, a
  // one-word name where a word begins with its initial: so the draft's words pick the
  // names, in the base's order, rather than every name of the base being tried.
  std::vector<std::size_t> candidates;
  for (std::string_view word : draft.written) {
    const auto& using_word = facts.names_using(word);
    candidates.insert(candidates.end(), using_word.begin(), using_word.end());
  }
  std::unordered_set<char32_t> initials;
  for (const auto& initial_at : draft.initial_at) {
    for (const auto& [initial, at] : initial_at)
      initials.insert(initial);
  }
  for (char32_t initial : initials) {
    const auto& one_word = facts.one_word_names(initial);
    candidates.insert(candidates.end(), one_word.begin(), one_word.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<NearMiss> found;
  for (std::size_t candidate : candidates) {
    const facts::NameEntry& entry = facts.all_names()[candidate];
    const NameWords name = split_name(entry.name);
    if (name.words.empty() || !may_be_misspelt(name))
      continue;
    for (std::size_t b = 0; b < draft.blocks.size(); ++b) {
      const BlockAnalysis* block = draft.blocks[b];
      for (std::size_t start : anchors(draft, b, name)) {
        if (!nearly_writes(draft, *block, start, name))
          continue;
        const Span span{block->tokens[start].span.begin,
                        block->tokens[start + name.words.size() - 1].span.end};
        if (facts.is_name(draft.doc->slice(span)) ||
            !is_checked_kind(facts.base(), entry.entity, kinds)) {
          continue;
        }
        found.push_back({span, entry.name});
      }
    }
  }
  // Where several names nearly match (« Ursula von der Leyden » is near both « Ursula von
  // der Leyen » and « von der Leyen »), the longest one speaks for them.
  std::stable_sort(found.begin(), found.end(), [](const NearMiss& a, const NearMiss& b) {
    return a.span.size() > b.span.size();
  });
  std::vector<NearMiss> kept;
  for (NearMiss& miss : found) {
    const bool covered = std::any_of(kept.begin(), kept.end(), [&](const NearMiss& other) {
      return other.span.overlaps(miss.span);
    });
    if (!covered)
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
  for (const NearMiss& miss : near_misses(draft, *context.facts)) {
    const std::string_view written = doc.slice(miss.span);
    Diagnostic diagnostic;
    diagnostic.rule = std::string(info().id);
    diagnostic.severity = info().severity;
    diagnostic.span = miss.span;
    diagnostic.message =
        doc.lang == Lang::fr
            ? fmt::format("« {} » ressemble à « {} », l'orthographe connue de ce nom", written,
                          miss.known)
            : fmt::format("\"{}\" looks like \"{}\", the known spelling of this name", written,
                          miss.known);
    diagnostic.suggestion = miss.known;
    out.push_back(std::move(diagnostic));
  }
}

}  // namespace presscheck
