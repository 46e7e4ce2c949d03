// Feeds arbitrary bytes through the whole lint of one draft (reader, text analysis, value
// and entity extraction, every check, suppressions), as a file of the format this target is
// built for (PRESSCHECK_FUZZ_PATH names a file whose extension picks the reader).

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_setup.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace presscheck;
  static const LintSettings& settings = fuzz::lint_settings();
  static const Config config;
  lint_text(PRESSCHECK_FUZZ_PATH, std::string(reinterpret_cast<const char*>(data), size), settings,
            config);
  return 0;
}
