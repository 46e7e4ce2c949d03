#include "extract/exact_name_spotter.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

bool word_char_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && utf8::is_word_char(utf8::next(text, pos));
}

bool word_char_before(std::string_view text, std::size_t pos) {
  return pos > 0 && utf8::is_word_char(utf8::previous(text, pos));
}

// Where the run of word characters starting at `pos` ends.
std::size_t word_end(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit) {
    std::size_t next = pos;
    if (!utf8::is_word_char(utf8::next(text, next)))
      break;
    pos = next;
  }
  return std::min(pos, limit);
}

std::uint64_t hash_of(std::string_view text) {
  return std::hash<std::string_view>{}(text);
}

struct Built {
  std::vector<std::string_view> written;
  std::vector<std::vector<std::string_view>> ids;
};

// Each written name once, with its ids in the order given.
Built distinct_names(const std::vector<ExactNameSpotter::NameAndId>& names) {
  Built built;
  std::unordered_map<std::string_view, std::uint32_t> index_of;
  index_of.reserve(names.size());
  for (const auto& [written, id] : names) {
    const auto [it, added] =
        index_of.try_emplace(written, static_cast<std::uint32_t>(built.written.size()));
    if (added) {
      built.written.push_back(written);
      built.ids.emplace_back();
    }
    auto& ids = built.ids[it->second];
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
      ids.push_back(id);
  }
  return built;
}

}  // namespace

void ExactNameSpotter::write(const std::vector<NameAndId>& names, BlobWriter& out) {
  const Built built = distinct_names(names);
  std::string pool;
  std::vector<Name> stored;
  std::vector<PooledString> ids;
  std::vector<HashedValues::Entry> whole;
  std::vector<std::uint32_t> found_at_word;  // names found at a word start
  for (std::uint32_t i = 0; i < built.written.size(); ++i) {
    const std::string_view written = built.written[i];
    Name name{pool_string(pool, written), static_cast<std::uint32_t>(ids.size()), 0};
    for (const std::string_view id : built.ids[i])
      ids.push_back(pool_string(pool, id));
    name.ids_end = static_cast<std::uint32_t>(ids.size());
    stored.push_back(name);
    whole.push_back({hash_of(written), i});
    if (word_char_at(written, 0) && word_char_before(written, written.size()))
      found_at_word.push_back(i);
  }
  // Longest first, so that the first name written at a place is the one kept.
  std::sort(found_at_word.begin(), found_at_word.end(), [&](std::uint32_t a, std::uint32_t b) {
    const std::string_view x = built.written[a];
    const std::string_view y = built.written[b];
    return x.size() != y.size() ? x.size() > y.size() : x < y;
  });
  std::vector<HashedValues::Entry> by_first_word;
  for (const std::uint32_t i : found_at_word) {
    const std::string_view written = built.written[i];
    by_first_word.push_back({hash_of(written.substr(0, word_end(written, 0, written.size()))), i});
  }
  out.array(std::span<const char>(pool));
  out.array(stored);
  out.array(ids);
  HashedValues::write(std::move(by_first_word), out);
  HashedValues::write(std::move(whole), out);
}

ExactNameSpotter ExactNameSpotter::read(BlobReader& in) {
  ExactNameSpotter spotter;
  const std::span<const char> pool = in.array<char>();
  spotter.pool_ = {pool.data(), pool.size()};
  spotter.names_ = in.array<Name>();
  spotter.ids_ = in.array<PooledString>();
  for (const Name& name : spotter.names_) {
    pooled(spotter.pool_, name.written);
    if (name.ids_begin > name.ids_end || name.ids_end > spotter.ids_.size())
      throw BadIndexBlob("a name of the index has ids outside its list");
  }
  for (const PooledString id : spotter.ids_)
    pooled(spotter.pool_, id);
  spotter.by_first_word_ = HashedValues::read(in, spotter.names_.size());
  spotter.by_name_ = HashedValues::read(in, spotter.names_.size());
  return spotter;
}

ExactNameSpotter::ExactNameSpotter(const std::vector<NameAndId>& names) {
  BlobWriter out;
  write(names, out);
  owned_ = std::make_shared<const AlignedBytes>(out.bytes());
  BlobReader in(owned_->view());
  const std::shared_ptr<const AlignedBytes> keep = owned_;
  *this = read(in);
  owned_ = keep;
}

std::string_view ExactNameSpotter::written(std::uint32_t name) const {
  const PooledString ref = names_[name].written;
  return pool_.substr(ref.offset, ref.size);
}

bool ExactNameSpotter::contains(std::string_view text) const {
  for (const HashedValues::Entry& entry : by_name_.equal(hash_of(text))) {
    if (written(entry.value) == text)
      return true;
  }
  return false;
}

std::vector<Mention> ExactNameSpotter::find(std::string_view text, Span within) const {
  std::vector<Mention> mentions;
  if (by_first_word_.empty())
    return mentions;
  std::size_t pos = within.begin;
  while (pos < within.end) {
    if (!word_char_at(text, pos)) {
      utf8::next(text, pos);
      continue;
    }
    const std::size_t end_of_word = word_end(text, pos, within.end);
    const auto candidates = by_first_word_.equal(hash_of(text.substr(pos, end_of_word - pos)));
    if (candidates.empty() || word_char_before(text, pos)) {
      pos = end_of_word;
      continue;
    }
    // The longest name written here. If a word goes on right after it, the place is
    // passed over: the draft names something longer that the base does not know. A name
    // of another first word sharing the hash never matches the text here.
    std::size_t next = end_of_word;
    for (const HashedValues::Entry& candidate : candidates) {
      const std::string_view name = written(candidate.value);
      const std::size_t size = name.size();
      if (pos + size > within.end || text.compare(pos, size, name) != 0)
        continue;
      if (!word_char_at(text, pos + size)) {
        Mention mention{{pos, pos + size}, {}};
        const Name& stored = names_[candidate.value];
        for (std::uint32_t id = stored.ids_begin; id < stored.ids_end; ++id)
          mention.ids.emplace_back(pool_.substr(ids_[id].offset, ids_[id].size));
        mentions.push_back(std::move(mention));
        next = pos + size;
      }
      break;
    }
    pos = next;
  }
  return mentions;
}

}  // namespace presscheck
