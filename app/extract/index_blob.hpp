#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace presscheck {

/// A stored index that cannot be read as written: truncated, of another layout, or with a
/// reference out of its bounds. Whoever loads it builds the index again from the tables.
class BadIndexBlob : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Writes an index as a sequence of arrays, each its item count then its items, aligned on 8
/// bytes, so that a reader uses the arrays where they lie instead of rebuilding them.
class BlobWriter {
 public:
  template <typename T>
  void array(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    number(items.size());
    out_.append(reinterpret_cast<const char*>(items.data()), items.size_bytes());
    out_.append((8 - out_.size() % 8) % 8, '\0');
  }
  template <typename T>
  void array(const std::vector<T>& items) {
    array(std::span<const T>(items));
  }
  void number(std::uint64_t value) { out_.append(reinterpret_cast<const char*>(&value), 8); }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

/// Reads what BlobWriter wrote, in the same order, checking every size against what is left:
/// a blob cut short or garbled throws BadIndexBlob, never reads past its end.
class BlobReader {
 public:
  /// `bytes` must begin on an 8-byte boundary (as a heap buffer does) and outlive the views.
  explicit BlobReader(std::string_view bytes);

  std::uint64_t number();
  template <typename T>
  std::span<const T> array() {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    const std::uint64_t count = number();
    if (count > (bytes_.size() - pos_) / sizeof(T))
      throw BadIndexBlob("an array runs past the end of the index");
    const auto* first = reinterpret_cast<const T*>(bytes_.data() + pos_);
    pos_ += count * sizeof(T);
    pos_ += (8 - pos_ % 8) % 8;
    pos_ = std::min(pos_, bytes_.size());
    return {first, count};
  }
  bool at_end() const { return pos_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

/// A string kept in a pool of characters: where it starts and how long it is.
struct PooledString {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

/// Appends `text` to `pool` and says where it stands; throws std::length_error past 4 GiB.
PooledString pool_string(std::string& pool, std::string_view text);
/// The string `ref` names in `pool`; throws BadIndexBlob when it lies outside.
std::string_view pooled(std::string_view pool, PooledString ref);

/// A multimap from 64-bit hashes to 32-bit values, stored flat: entries sorted by key, and
/// where the entries of each range of top bits begin, so a lookup searches a few entries.
class HashedValues {
 public:
  struct Entry {
    std::uint64_t key = 0;
    std::uint32_t value = 0;
    std::uint32_t unused = 0;  // keeps the layout free of padding bytes of unknown value
  };

  HashedValues() = default;
  /// Writes `entries` (sorted by key here, values of one key keeping their order).
  static void write(std::vector<Entry> entries, BlobWriter& out);
  /// Views what write() wrote; every value must be below `value_limit`.
  static HashedValues read(BlobReader& in, std::uint64_t value_limit);

  /// The entries of `key`, in the order they were given.
  std::span<const Entry> equal(std::uint64_t key) const {
    if (entries_.empty())
      return {};
    const std::size_t bucket = key >> (64 - bits_);
    const Entry* end = entries_.data() + begins_[bucket + 1];
    const Entry* first =
        std::lower_bound(entries_.data() + begins_[bucket], end, key,
                         [](const Entry& e, std::uint64_t k) { return e.key < k; });
    const Entry* last = first;
    while (last != end && last->key == key)
      ++last;
    return {first, static_cast<std::size_t>(last - first)};
  }
  bool empty() const { return entries_.empty(); }

 private:
  int bits_ = 1;
  std::span<const Entry> entries_;
  std::span<const std::uint32_t> begins_;  // (1 << bits_) + 1 offsets into entries_
};

/// Gives an AlignedBytes' memory back: unmapped when it was mapped, else deleted.
struct BlobMemoryRelease {
  std::size_t mapped_size = 0;  // 0: from the heap
  void operator()(void* memory) const;
};

/// One buffer on an 8-byte boundary holding a blob read from the base.
class AlignedBytes {
 public:
  AlignedBytes() = default;
  explicit AlignedBytes(std::string_view bytes);
  /// `size` bytes to be filled through data(), not initialised: the copy writes every byte
  /// that is read.
  explicit AlignedBytes(std::size_t size);
  char* data() { return static_cast<char*>(memory_.get()); }
  std::string_view view() const { return {static_cast<const char*>(memory_.get()), size_}; }

 private:
  std::unique_ptr<void, BlobMemoryRelease> memory_;
  std::size_t size_ = 0;
};

}  // namespace presscheck
