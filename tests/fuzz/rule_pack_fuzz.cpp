// Feeds arbitrary bytes to the rule-pack loader as a TOML pack of either language: it must
// report problems, never crash.

#include <fmt/format.h>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "fuzz_setup.hpp"
#include "rulepack/rule_pack.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace presscheck;
  static const std::filesystem::path file = fuzz::scratch_folder() / "pack.toml";
  if (size == 0)
    return 0;
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data) + 1, static_cast<std::streamsize>(size - 1));
  }
  std::vector<std::string> errors;
  load_rule_pack(file, (data[0] & 1) != 0 ? Lang::fr : Lang::en, errors);
  return 0;
}
