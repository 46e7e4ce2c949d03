#include "text/stemmer.hpp"

#include <libstemmer.h>
#include <memory>

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

}  // namespace

std::string stem(Lang lang, std::string_view folded) {
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

}  // namespace presscheck
