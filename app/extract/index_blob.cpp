#include "extract/index_blob.hpp"

#include <sys/mman.h>
#include <algorithm>
#include <bit>
#include <limits>

namespace presscheck {

BlobReader::BlobReader(std::string_view bytes) : bytes_(bytes) {
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % 8 != 0 || bytes.size() % 8 != 0)
    throw BadIndexBlob("the index is not a whole number of aligned words");
}

std::uint64_t BlobReader::number() {
  if (bytes_.size() - pos_ < 8)
    throw BadIndexBlob("the index ends too soon");
  std::uint64_t value = 0;
  std::memcpy(&value, bytes_.data() + pos_, 8);
  pos_ += 8;
  return value;
}

PooledString pool_string(std::string& pool, std::string_view text) {
  constexpr std::size_t kLimit = std::numeric_limits<std::uint32_t>::max();
  if (pool.size() > kLimit || text.size() > kLimit - pool.size())
    throw std::length_error("an index's strings pass 4 GiB");
  const PooledString ref{static_cast<std::uint32_t>(pool.size()),
                         static_cast<std::uint32_t>(text.size())};
  pool.append(text);
  return ref;
}

std::string_view pooled(std::string_view pool, PooledString ref) {
  if (ref.offset > pool.size() || ref.size > pool.size() - ref.offset)
    throw BadIndexBlob("a string lies outside the index's pool");
  return pool.substr(ref.offset, ref.size);
}

void HashedValues::write(std::vector<Entry> entries, BlobWriter& out) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.key < b.key; });
  // About four entries a bucket: a lookup reads one or two cache lines of entries.
  const int bits = std::clamp(static_cast<int>(std::bit_width(entries.size() / 4)), 1, 20);
  std::vector<std::uint32_t> begins((std::size_t{1} << bits) + 1, 0);
  for (const Entry& entry : entries)
    ++begins[(entry.key >> (64 - bits)) + 1];
  for (std::size_t b = 1; b < begins.size(); ++b)
    begins[b] += begins[b - 1];
  out.number(static_cast<std::uint64_t>(bits));
  out.array(entries);
  out.array(begins);
}

HashedValues HashedValues::read(BlobReader& in, std::uint64_t value_limit) {
  HashedValues table;
  const std::uint64_t bits = in.number();
  if (bits < 1 || bits > 20)
    throw BadIndexBlob("a hash table of the index has a bad size");
  table.bits_ = static_cast<int>(bits);
  table.entries_ = in.array<Entry>();
  table.begins_ = in.array<std::uint32_t>();
  if (table.begins_.size() != (std::size_t{1} << bits) + 1 || table.begins_.front() != 0 ||
      table.begins_.back() != table.entries_.size() ||
      !std::is_sorted(table.begins_.begin(), table.begins_.end()))
    throw BadIndexBlob("a hash table of the index has bad buckets");
  for (const Entry& entry : table.entries_) {
    if (entry.value >= value_limit)
      throw BadIndexBlob("a hash table of the index points past its items");
  }
  return table;
}

namespace {

// A blob of megabytes (the starter base's names take 2 MB) is copied into memory the
// process has never touched, and each 4 KB page of it then faults on its own during the
// copy. Mapped with MAP_POPULATE, the kernel provides the pages in one call: a third of
// the read's time on the build machine (9.1 ms against 5.8 for 2 MB, 2026-11-30).
constexpr std::size_t kMapFrom = std::size_t{1} << 20;

}  // namespace

AlignedBytes::AlignedBytes(std::string_view bytes) : AlignedBytes(bytes.size()) {
  if (!bytes.empty())
    std::memcpy(data(), bytes.data(), bytes.size());
}

AlignedBytes::AlignedBytes(std::size_t size) : size_(size) {
  if (size >= kMapFrom) {
    void* mapped = ::mmap(nullptr, size, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (mapped != MAP_FAILED) {
      memory_ = std::unique_ptr<void, BlobMemoryRelease>(mapped, BlobMemoryRelease{size});
      return;
    }
  }
  memory_ = std::unique_ptr<void, BlobMemoryRelease>(new std::uint64_t[(size + 7) / 8],
                                                     BlobMemoryRelease{});
}

void BlobMemoryRelease::operator()(void* memory) const {
  if (mapped_size != 0)
    ::munmap(memory, mapped_size);
  else
    delete[] static_cast<std::uint64_t*>(memory);
}

}  // namespace presscheck
