// Feeds arbitrary bytes to the fact JSON Lines reader (JSON parser, record parser) and the
// reference validator: bad fact files get problems, never a crash.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "factbase/loader.hpp"
#include "factbase/validator.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace presscheck::facts;
  FactSet set;
  std::vector<Problem> problems;
  load_fact_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.jsonl", set,
                 problems);
  validate_references(set, problems);
  return 0;
}
