#include "extract/percent.hpp"

#include "extract/scan.hpp"

namespace presscheck {

std::optional<LexiconMatch> percent_after(const Lexicon& percent_words, std::string_view text,
                                          std::size_t end, std::size_t limit) {
  return percent_words.at(text, scan::skip_spaces(text, end, limit), limit);
}

}  // namespace presscheck
