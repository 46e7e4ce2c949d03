// Feeds arbitrary text to the value parsers (numbers, money, percentages, dates,
// approximators) of both languages, with and without an article date.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/value_extractor.hpp"
#include "fuzz_setup.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace presscheck;
  static const ValueExtractor french(*fuzz::lint_settings().rules, Lang::fr);
  static const ValueExtractor english(*fuzz::lint_settings().rules, Lang::en);
  if (size == 0)
    return 0;
  // The first byte picks the language and whether the article has a date, so that one
  // corpus serves every combination.
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const ValueExtractor& values = (data[0] & 1) != 0 ? french : english;
  const std::optional<Date> article_date =
      (data[0] & 2) != 0 ? Date::parse_iso("2026-01-06") : std::nullopt;
  const Span within{0, text.size()};
  for (const Value& value : values.find(text, within, article_date)) {
    if (!within.contains(value.span))
      __builtin_trap();  // a value outside the text it was read from
  }
  return 0;
}
