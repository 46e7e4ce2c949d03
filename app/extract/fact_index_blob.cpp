#include "extract/fact_index_blob.hpp"

#include <functional>

#include "core/utf8.hpp"
#include "factbase/lint_index_store.hpp"

namespace presscheck {
namespace {

// Changes whenever the layout of any part changes.
constexpr std::uint64_t kMagic = 0x31786469'6b636863ULL;  // "chckidx1"
constexpr std::uint64_t kLayout = 1;

// The hashes the indexes are filed by come from the standard library: a blob written by a
// build whose hash differs would find nothing, so it is recognised and rebuilt.
std::uint64_t hash_check() {
  return std::hash<std::string_view>{}("Élisabeth Borne, Thierry Breton");
}

// What else the blob depends on: how words are cut and what a word character is.
std::uint64_t build_check() {
  std::uint64_t check = sizeof(Span) * 1000 + sizeof(PooledString);
  for (const char32_t c : {U'é', U'-', U'’', U'ß', U'Ł'})
    check = check * 31 + (utf8::is_word_char(c) ? 1 : 0);
  return check;
}

// The hook `facts build` and `facts import` call: the factbase stage cannot link this one.
const bool kRegistered = (facts::set_lint_index_encoder(&encode_fact_index), true);

}  // namespace

std::string encode_fact_index(const std::vector<facts::NameEntry>& names) {
  BlobWriter out;
  out.number(kMagic);
  out.number(kLayout);
  out.number(hash_check());
  out.number(build_check());
  NameTable::write(names, out);
  std::vector<ExactNameSpotter::NameAndId> pairs;
  pairs.reserve(names.size());
  for (const facts::NameEntry& entry : names)
    pairs.emplace_back(entry.name, entry.entity);
  ExactNameSpotter::write(pairs, out);
  NameSpellingIndex::write(names, out);
  return out.bytes();
}

FactIndexBlob decode_fact_index(std::shared_ptr<const AlignedBytes> bytes) {
  BlobReader in(bytes->view());
  if (in.number() != kMagic || in.number() != kLayout || in.number() != hash_check() ||
      in.number() != build_check())
    throw BadIndexBlob("the index was written by another build of presscheck");
  FactIndexBlob blob{std::move(bytes), {}, {}, {}};
  blob.names = NameTable::read(in);
  blob.spotter = ExactNameSpotter::read(in);
  blob.spelling = NameSpellingIndex::read(in);
  if (!in.at_end() || blob.spelling.name_count() != blob.names.size())
    throw BadIndexBlob("the index's parts do not agree");
  // The name check cuts a name's words out of it by these spans.
  for (std::uint32_t i = 0; i < blob.names.size(); ++i) {
    const std::size_t length = blob.names[i].name.size();
    for (const Span& word : blob.spelling.words_of(i)) {
      if (word.end > length)
        throw BadIndexBlob("a name word of the index lies outside its name");
    }
  }
  return blob;
}

FactIndexBlob load_fact_index(const facts::FactBase& base) {
  (void)kRegistered;
  std::shared_ptr<AlignedBytes> stored;
  const bool read = base.read_blob(facts::kLintIndexName, [&](std::size_t size) {
    stored = std::make_shared<AlignedBytes>(size);
    return stored->data();
  });
  if (read) {
    try {
      return decode_fact_index(std::move(stored));
    } catch (const BadIndexBlob&) {
      // Built again below, as for a base that has none.
    }
  }
  return decode_fact_index(
      std::make_shared<const AlignedBytes>(encode_fact_index(base.all_names())));
}

}  // namespace presscheck
