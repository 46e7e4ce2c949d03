#include "lookup/respelling.hpp"

#include <map>

#include "core/utf8.hpp"
#include "extract/name_spelling_index.hpp"
#include "text/token.hpp"

namespace presscheck {
namespace {

// The name word one edit from `written` that the most names use, or "" when none is.
std::string closest_name_word(const NameSpellingIndex& index,
                              const std::vector<facts::NameEntry>& names,
                              std::string_view written) {
  std::map<std::string, std::size_t> uses;
  for (const NameSpellingIndex::NameWord& place : index.near(written)) {
    const std::string& name = names[place.name].name;
    const Span span = index.words_of(place.name)[place.word];
    ++uses[name.substr(span.begin, span.size())];
  }
  std::string best;
  std::size_t most = 0;
  for (const auto& [word, count] : uses) {
    if (count > most) {
      best = word;
      most = count;
    }
  }
  return best;
}

// Names are written with a capital; a search is often typed without one.
std::string capitalised(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

std::optional<std::string> respell_names(const facts::FactBase& base, std::string_view query) {
  const std::vector<facts::NameEntry> names = base.all_names();
  const NameSpellingIndex index(names);
  std::string out;
  std::size_t copied = 0;
  bool changed = false;
  for (const Token& token : tokenize(query, {0, query.size()})) {
    const std::string_view written = query.substr(token.span.begin, token.span.size());
    if (index.knows(written) || index.knows(capitalised(written)))
      continue;  // « Thierry » is spelt right, however near « Thierri » is
    std::string known = closest_name_word(index, names, written);
    if (known.empty())
      known = closest_name_word(index, names, capitalised(written));
    if (known.empty())
      continue;
    out.append(query.substr(copied, token.span.begin - copied));
    out += known;
    copied = token.span.end;
    changed = true;
  }
  if (!changed)
    return std::nullopt;
  out.append(query.substr(copied));
  return out;
}

}  // namespace presscheck
