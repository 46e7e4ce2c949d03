#include "extract/name_table.hpp"

#include <algorithm>
#include <numeric>

namespace presscheck {

void NameTable::write(const std::vector<facts::NameEntry>& names, BlobWriter& out) {
  std::string pool;
  std::vector<Stored> stored;
  stored.reserve(names.size());
  for (const facts::NameEntry& entry : names) {
    stored.push_back({pool_string(pool, entry.entity), pool_string(pool, entry.name),
                      entry.lang == Lang::fr ? 0u : 1u, entry.alias ? 1u : 0u});
  }
  std::vector<std::uint32_t> by_entity(names.size());
  std::iota(by_entity.begin(), by_entity.end(), 0u);
  std::stable_sort(by_entity.begin(), by_entity.end(), [&](std::uint32_t a, std::uint32_t b) {
    return names[a].entity < names[b].entity;
  });
  out.array(std::span<const char>(pool));
  out.array(stored);
  out.array(by_entity);
}

NameTable NameTable::read(BlobReader& in) {
  NameTable table;
  const std::span<const char> pool = in.array<char>();
  table.pool_ = {pool.data(), pool.size()};
  table.names_ = in.array<Stored>();
  table.by_entity_ = in.array<std::uint32_t>();
  for (const Stored& stored : table.names_) {
    pooled(table.pool_, stored.entity);
    pooled(table.pool_, stored.name);
    if (stored.lang > 1 || stored.alias > 1)
      throw BadIndexBlob("a name of the index has no language");
  }
  if (table.by_entity_.size() != table.names_.size())
    throw BadIndexBlob("the index's names by entity are not all its names");
  for (const std::uint32_t i : table.by_entity_) {
    if (i >= table.names_.size())
      throw BadIndexBlob("the index's names by entity point past its names");
  }
  return table;
}

IndexedName NameTable::operator[](std::size_t i) const {
  const Stored& stored = names_[i];
  return {pool_.substr(stored.entity.offset, stored.entity.size),
          pool_.substr(stored.name.offset, stored.name.size),
          stored.lang == 0 ? Lang::fr : Lang::en, stored.alias != 0};
}

std::vector<std::string> NameTable::names_of(std::string_view entity) const {
  const auto first = std::lower_bound(
      by_entity_.begin(), by_entity_.end(), entity,
      [&](std::uint32_t i, std::string_view id) { return (*this)[i].entity < id; });
  std::vector<std::string> names;
  for (auto it = first; it != by_entity_.end() && (*this)[*it].entity == entity; ++it) {
    const std::string_view name = (*this)[*it].name;
    if (std::find(names.begin(), names.end(), name) == names.end())
      names.emplace_back(name);
  }
  return names;
}

}  // namespace presscheck
