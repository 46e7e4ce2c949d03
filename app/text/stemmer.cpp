#include "text/stemmer.hpp"

#include <libstemmer.h>
#include <memory>
#include <unordered_map>

namespace presscheck {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// A Snowball stemmer keeps its work area inside itself, so each thread owns one per
// language; creating one costs a few allocations, stemming a word none.
sb_stemmer* stemmer_for(Lang lang) {
  thread_local StemmerPtr french(sb_stemmer_new("french", "UTF_8"));
  thread_local StemmerPtr english(sb_stemmer_new("english", "UTF_8"));
  return lang == Lang::fr ? french.get() : english.get();
}

// A draft's words repeat (articles, auxiliaries, the names it is about), and the claim
// check stems every word of every sentence: each thread remembers the stems it made. The
// memory is bounded by starting afresh past a number of distinct words no draft reaches.
constexpr std::size_t kRememberedStems = 1 << 16;

std::string stem_uncached(Lang lang, std::string_view folded) {
  sb_stemmer* stemmer = stemmer_for(lang);
  if (stemmer == nullptr || folded.empty())
    return std::string(folded);
  const sb_symbol* stemmed = sb_stemmer_stem(
      stemmer, reinterpret_cast<const sb_symbol*>(folded.data()), static_cast<int>(folded.size()));
  if (stemmed == nullptr)  // out of memory: the word itself still compares
    return std::string(folded);
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer)));
}

}  // namespace

std::string stem(Lang lang, std::string_view folded) {
  thread_local std::unordered_map<std::string, std::string> remembered[2];
  auto& stems = remembered[lang == Lang::fr ? 0 : 1];
  const std::string key(folded);
  if (const auto found = stems.find(key); found != stems.end())
    return found->second;
  if (stems.size() >= kRememberedStems)
    stems.clear();
  return stems.emplace(key, stem_uncached(lang, folded)).first->second;
}

}  // namespace presscheck
