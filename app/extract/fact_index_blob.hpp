#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/exact_name_spotter.hpp"
#include "extract/index_blob.hpp"
#include "extract/name_spelling_index.hpp"
#include "extract/name_table.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// The name indexes a lint run needs, in the one blob `facts build` and `facts import` store
/// in the base (table lint_index), viewed where they lie.
struct FactIndexBlob {
  std::shared_ptr<const AlignedBytes> bytes;
  NameTable names;
  ExactNameSpotter spotter;
  NameSpellingIndex spelling;
};

/// Builds the blob of `names` (FactBase::all_names() order).
std::string encode_fact_index(const std::vector<facts::NameEntry>& names);

/// Views a blob encode_fact_index() wrote. Throws BadIndexBlob when it is of another
/// layout or build, or does not hold together.
FactIndexBlob decode_fact_index(std::shared_ptr<const AlignedBytes> bytes);

/// The base's stored blob, or one built from its names when it has none or the one it has
/// cannot be read (a base written by another build, or damaged): never worse than building.
FactIndexBlob load_fact_index(const facts::FactBase& base);

}  // namespace presscheck
