#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.hpp"
#include "extract/index_blob.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// One name or alias of an entity, viewed in the fact index.
struct IndexedName {
  std::string_view entity;
  std::string_view name;
  Lang lang = Lang::fr;
  bool alias = false;
};

/// Every name and alias of the fact base in FactBase::all_names() order, stored flat as
/// `facts build` writes it: the index of a name here is the one the other name indexes use.
class NameTable {
 public:
  NameTable() = default;

  /// Writes `names`, in their order.
  static void write(const std::vector<facts::NameEntry>& names, BlobWriter& out);
  /// Views a table write() wrote; `in`'s bytes must outlive the table. Throws BadIndexBlob
  /// when the table does not hold together.
  static NameTable read(BlobReader& in);

  std::size_t size() const { return names_.size(); }
  IndexedName operator[](std::size_t i) const;
  /// Every name and alias of one entity, each once, in the table's order.
  std::vector<std::string> names_of(std::string_view entity) const;

 private:
  struct Stored {
    PooledString entity;
    PooledString name;
    std::uint32_t lang = 0;
    std::uint32_t alias = 0;
  };
  std::string_view pool_;
  std::span<const Stored> names_;
  std::span<const std::uint32_t> by_entity_;  // indexes into names_, sorted by entity
};

}  // namespace presscheck
