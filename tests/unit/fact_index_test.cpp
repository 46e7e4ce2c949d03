// The fact index keeps the entities it has read, within a bound on the statements held, so
// that a run over an archive does not end up holding a whole large base in memory.
#include <gtest/gtest.h>

#include "extract/fact_index.hpp"
#include "factbase/open_facts.hpp"

namespace presscheck {
namespace {

std::shared_ptr<const facts::FactBase> starter_base() {
  static const auto base = std::make_shared<const facts::FactBase>(facts::open_facts(""));
  return base;
}

TEST(FactIndex, ReadsAnEntityOnceAndKeepsIt) {
  const FactIndex index(starter_base());
  const auto first = index.entity_facts("thierry-breton");
  ASSERT_TRUE(first->entity.has_value());
  EXPECT_EQ(first->entity->kind, facts::EntityKind::person);
  EXPECT_FALSE(first->statements.empty());
  EXPECT_EQ(index.entity_facts("thierry-breton"), first);  // the same object, not read again
}

TEST(FactIndex, StartsAfreshWhenTheBoundIsPassedAndWhatWasGivenStaysValid) {
  const FactIndex index(starter_base(), 3);
  const auto breton = index.entity_facts("thierry-breton");
  const std::size_t statements = breton->statements.size();
  ASSERT_GT(statements, 0u);
  index.entity_facts("elon-musk");
  index.entity_facts("henna-virkkunen");
  // The cache was emptied on the way, so the entity is read again, and the first copy is
  // still whole in its holder's hands.
  const auto again = index.entity_facts("thierry-breton");
  EXPECT_NE(again, breton);
  EXPECT_EQ(again->statements.size(), statements);
  EXPECT_EQ(breton->statements.size(), statements);
}

TEST(FactIndex, AnUnknownEntityHasNoRecordAndNoStatements) {
  const FactIndex index(starter_base());
  const auto unknown = index.entity_facts("nobody-at-all");
  EXPECT_FALSE(unknown->entity.has_value());
  EXPECT_TRUE(unknown->statements.empty());
}

TEST(FactIndex, TellsWhetherAnEntityHasAPropertyAtAnyDate) {
  const FactIndex index(starter_base());
  EXPECT_TRUE(index.has_property("thierry-breton", "position_held"));  // no longer held
  EXPECT_FALSE(index.has_property("thierry-breton", "fine"));
  EXPECT_FALSE(index.has_property("nobody-at-all", "position_held"));
  EXPECT_TRUE(index.has_property("thierry-breton", "position_held"));  // asked again
}

TEST(FactIndex, KnowsTheOfficesAndTheWordsTheirNamesBeginWith) {
  const FactIndex index(starter_base());
  const auto& offices = index.offices();
  EXPECT_TRUE(offices.ids.contains("european-commissioner"));
  EXPECT_FALSE(offices.ids.contains("thierry-breton"));
  EXPECT_TRUE(offices.first_words.contains("commissaire"));
  EXPECT_TRUE(offices.first_words.contains("european"));
  EXPECT_TRUE(offices.first_words.contains("vice"));  // « vice-président exécutif … »
  EXPECT_FALSE(offices.first_words.contains("breton"));
}

}  // namespace
}  // namespace presscheck
