// Feeds arbitrary text to the lookup query path of the starter fact base: name resolution
// and full-text search, whose query text must never be read as FTS5 syntax.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "factbase/open_facts.hpp"
#include "fuzz_setup.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace presscheck;
  static const facts::FactBase base = [] {
    fuzz::scratch_folder();
    return facts::open_facts("");
  }();
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  base.resolve(query);
  base.search(query, 10);
  return 0;
}
