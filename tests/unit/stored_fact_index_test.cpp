// The name indexes `facts build` and `facts import` store in the base for lint: read back
// they answer as the indexes built from the names do, a base without them or with a blob
// from another build is read by building them, and a damaged blob is never trusted.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "extract/fact_index.hpp"
#include "extract/fact_index_blob.hpp"
#include "factbase/lint_index_store.hpp"
#include "factbase/operations.hpp"
#include "factbase_test_util.hpp"

namespace presscheck {
namespace {

using test::run_presscheck;
using test::write_file;
using NameWord = NameSpellingIndex::NameWord;

constexpr const char* kNames =
    R"({"type":"source","id":"s1","url":"https://example.org/s1","title":"Source one"}
{"type":"entity","id":"breton","kind":"person","names":{"fr":["Thierry Breton"],"en":["Thierry Breton"]},"aliases":{"fr":["Breton"]}}
{"type":"entity","id":"borne","kind":"person","names":{"fr":["Élisabeth Borne"]}}
{"type":"entity","id":"commission","kind":"organization","names":{"fr":["Commission européenne"],"en":["European Commission"]}}
)";

const std::vector<facts::NameEntry>& names() {
  static const std::vector<facts::NameEntry> kNames = {
      {"borne", "Élisabeth Borne", Lang::fr, false},
      {"breton", "Thierry Breton", Lang::en, false},
      {"breton", "Thierry Breton", Lang::fr, false},
      {"breton", "Breton", Lang::fr, true},
      {"commission", "European Commission", Lang::en, false},
      {"commission", "Commission européenne", Lang::fr, false},
  };
  return kNames;
}

FactIndexBlob decoded(const std::string& bytes) {
  return decode_fact_index(std::make_shared<const AlignedBytes>(bytes));
}

// Each mention as "text=ids".
std::vector<std::string> found(const ExactNameSpotter& spotter, std::string_view text) {
  std::vector<std::string> out;
  for (const Mention& mention : spotter.find(text, {0, text.size()})) {
    std::string shown(text.substr(mention.span.begin, mention.span.size()));
    for (const std::string& id : mention.ids)
      shown += "=" + id;
    out.push_back(shown);
  }
  return out;
}

using Found = std::vector<std::string>;

TEST(StoredFactIndex, ReadBackItAnswersAsTheIndexesBuiltFromTheNames) {
  const FactIndexBlob blob = decoded(encode_fact_index(names()));
  ASSERT_EQ(blob.names.size(), 6u);
  EXPECT_EQ(blob.names[1].entity, "breton");
  EXPECT_EQ(blob.names[1].name, "Thierry Breton");
  EXPECT_EQ(blob.names[1].lang, Lang::en);
  EXPECT_FALSE(blob.names[1].alias);
  EXPECT_TRUE(blob.names[3].alias);
  EXPECT_EQ(blob.names.names_of("breton"), (std::vector<std::string>{"Thierry Breton", "Breton"}));
  EXPECT_EQ(blob.names.names_of("commission"),
            (std::vector<std::string>{"European Commission", "Commission européenne"}));
  EXPECT_TRUE(blob.names.names_of("nobody").empty());

  EXPECT_EQ(found(blob.spotter, "Thierry Breton et la Commission européenne ; M. Breton."),
            (Found{"Thierry Breton=breton", "Commission européenne=commission", "Breton=breton"}));
  EXPECT_EQ(found(blob.spotter, "The European Commission said"),
            Found{"European Commission=commission"});
  EXPECT_TRUE(blob.spotter.contains("Élisabeth Borne"));
  EXPECT_FALSE(blob.spotter.contains("Elisabeth Borne"));

  const NameSpellingIndex built(names());
  for (const char* written : {"Bretton", "Élisabth", "Thiery", "Comission", "Borne"})
    EXPECT_EQ(blob.spelling.near(written), built.near(written)) << written;
  EXPECT_EQ(blob.spelling.near("Bretton"), (std::vector<NameWord>{{1, 1}, {2, 1}}));
  EXPECT_EQ(blob.spelling.near("Élisabth"), (std::vector<NameWord>{{0, 0}}));
  const std::span<const Span> words = blob.spelling.words_of(5);  // Commission européenne
  EXPECT_EQ(std::vector<Span>(words.begin(), words.end()), (std::vector<Span>{{0, 10}, {11, 22}}));
}

TEST(StoredFactIndex, AnEmptyBaseHasAnEmptyIndex) {
  const FactIndexBlob blob = decoded(encode_fact_index({}));
  EXPECT_EQ(blob.names.size(), 0u);
  EXPECT_TRUE(found(blob.spotter, "Thierry Breton").empty());
  EXPECT_TRUE(blob.spelling.near("Bretton").empty());
}

TEST(StoredFactIndex, ABlobCutShortOrOfAnotherBuildIsRefused) {
  const std::string bytes = encode_fact_index(names());
  EXPECT_THROW(decoded(bytes.substr(0, bytes.size() - 8)), BadIndexBlob);
  EXPECT_THROW(decoded(bytes.substr(0, 40)), BadIndexBlob);
  EXPECT_THROW(decoded(""), BadIndexBlob);
  std::string other_layout = bytes;
  other_layout[8] = 9;  // the layout number
  EXPECT_THROW(decoded(other_layout), BadIndexBlob);
  EXPECT_THROW(decoded(bytes.substr(0, bytes.size() - 3)), BadIndexBlob);  // not whole words
}

// Every word of the blob set in turn to values that point far away, to zero, and with one
// bit changed: each blob is refused, or read and used without reading outside itself (the
// sanitizer build checks that).
TEST(StoredFactIndex, ADamagedBlobIsRefusedOrReadWithinItsBounds) {
  const std::string bytes = encode_fact_index(names());
  int refused = 0;
  for (std::size_t at = 0; at + 8 <= bytes.size(); at += 4) {
    for (const std::uint32_t value : {0xFFFFFFF0u, 0u, 0x7FFFFFFFu, 1u}) {
      std::string damaged = bytes;
      std::memcpy(damaged.data() + at, &value, 4);
      try {
        const FactIndexBlob blob = decoded(damaged);
        found(blob.spotter, "Thierry Breton, Élisabeth Borne, European Commission");
        blob.spelling.near("Bretton");
        blob.spelling.knows("Breton");
        blob.names.names_of("breton");
        for (std::size_t i = 0; i < blob.names.size(); ++i)
          blob.spelling.words_of(static_cast<std::uint32_t>(i));
      } catch (const BadIndexBlob&) {
        ++refused;
      }
    }
  }
  EXPECT_GT(refused, 0);
}

class StoredFactIndexInBase : public testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "base.jsonl", kNames);
    ASSERT_EQ(run_presscheck("facts build base.jsonl -o base.db", dir_.path()).exit_code, 0);
  }
  std::shared_ptr<const facts::FactBase> open() const {
    return std::make_shared<const facts::FactBase>(dir_ / "base.db");
  }
  bool has_blob() const {
    std::string bytes;
    return open()->read_blob(facts::kLintIndexName, [&](std::size_t size) {
      bytes.resize(size);
      return bytes.data();
    });
  }
  void set_blob(const std::string& sql) const {
    SQLite::Database db(dir_ / "base.db", SQLite::OPEN_READWRITE);
    db.exec(sql);
  }

  test::TempDir dir_;
};

TEST_F(StoredFactIndexInBase, FactsBuildStoresTheIndexesTheNextRunReads) {
  EXPECT_TRUE(has_blob());
  const FactIndex index(open());
  EXPECT_EQ(found(index.names(), "Élisabeth Borne et Thierry Breton"),
            (Found{"Élisabeth Borne=borne", "Thierry Breton=breton"}));
  EXPECT_TRUE(index.is_name("Commission européenne"));
  EXPECT_EQ(index.names_of("borne"), std::vector<std::string>{"Élisabeth Borne"});
  EXPECT_EQ(index.spelling().near("Bretton").size(), 2u);
}

TEST_F(StoredFactIndexInBase, AnImportedNameIsFoundByTheNextLint) {
  write_file(
      dir_ / "new.jsonl",
      R"({"type":"entity","id":"fournier","kind":"person","names":{"fr":["Élodie Fournier"],"en":["Elodie Fournier"]}}
)");
  ASSERT_EQ(run_presscheck("facts import new.jsonl --db base.db", dir_.path()).exit_code, 0);
  const FactIndex index(open());
  EXPECT_EQ(found(index.names(), "Élodie Fournier et Elodie Fournier"),
            (Found{"Élodie Fournier=fournier", "Elodie Fournier=fournier"}));
  // By language, English first, as the base lists them.
  EXPECT_EQ(index.names_of("fournier"),
            (std::vector<std::string>{"Elodie Fournier", "Élodie Fournier"}));

  write_file(dir_ / "draft.md",
             "---\ntitle: Élodie Fourniers reprend le dossier\nlang: fr\n---\n\n"
             "Élodie Fourniers a présenté le budget mardi.\n");
  const auto lint = run_presscheck("lint --no-color --facts base.db draft.md", dir_.path());
  EXPECT_NE(lint.out.find("« Élodie Fourniers » ressemble à « Élodie Fournier », l'orthographe "
                          "connue de ce nom [fact.name-spelling]"),
            std::string::npos)
      << lint.out << lint.err;
}

TEST_F(StoredFactIndexInBase, ABaseWithoutTheBlobIsReadByBuildingIt) {
  set_blob("DELETE FROM lint_index");
  EXPECT_FALSE(has_blob());
  const FactIndex index(open());
  EXPECT_EQ(found(index.names(), "European Commission"), Found{"European Commission=commission"});
  EXPECT_EQ(index.spelling().near("Élisabth"), (std::vector<NameWord>{{0, 0}}));
}

TEST_F(StoredFactIndexInBase, AnImportWritesTheBlobABaseLacks) {
  set_blob("DELETE FROM lint_index");
  write_file(dir_ / "statement.jsonl",
             R"({"type":"property","id":"budget","value_type":"money","labels":{"fr":["budget"]}}
)");
  ASSERT_EQ(run_presscheck("facts import statement.jsonl --db base.db", dir_.path()).exit_code, 0);
  EXPECT_TRUE(has_blob());
}

TEST_F(StoredFactIndexInBase, ADamagedOrForeignBlobIsBuiltAgainNotTrusted) {
  for (const char* data : {"X'00'", "X'0011223344556677'", "zeroblob(64)", "'not a blob'"}) {
    set_blob(std::string("UPDATE lint_index SET data = ") + data);
    const FactIndex index(open());
    EXPECT_EQ(found(index.names(), "Thierry Breton"), Found{"Thierry Breton=breton"}) << data;
    EXPECT_TRUE(index.is_name("Élisabeth Borne")) << data;
  }
}

}  // namespace
}  // namespace presscheck
