// Feeds arbitrary bytes to the front matter reader of one syntax, inside that syntax's fences
// (PRESSCHECK_FUZZ_OPEN and PRESSCHECK_FUZZ_CLOSE), so that the fuzzer spends its time in the
// YAML, TOML or JSON parser and in mapping the decoded values back to the file. Every value's
// map must stay inside the file: a span past its end would misplace a finding.

#include <cstddef>
#include <cstdint>
#include <string>

#include "input/front_matter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace presscheck;
  std::string text = PRESSCHECK_FUZZ_OPEN;
  text.append(reinterpret_cast<const char*>(data), size);
  text += PRESSCHECK_FUZZ_CLOSE;
  const auto matter = read_front_matter(text);
  if (!matter)
    return 0;
  if (matter->span.end > text.size())
    __builtin_trap();
  for (const auto& [key, value] : matter->values) {
    const Span whole = value.text.to_source({0, value.text.size()});
    if (whole.begin > whole.end || whole.end > text.size())
      __builtin_trap();
    for (std::size_t i = 0; i < value.text.size(); ++i) {
      if (value.text.source_end(i + 1) > text.size())
        __builtin_trap();
    }
  }
  return 0;
}
