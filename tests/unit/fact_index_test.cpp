// What the fact index answers for the checks: whether an entity has a property (asked of
// every entity near a label) and which entities are offices, with their names' first words.
#include <gtest/gtest.h>

#include "extract/fact_index.hpp"
#include "factbase/open_facts.hpp"

namespace presscheck {
namespace {

std::shared_ptr<const facts::FactBase> starter_base() {
  static const auto base = std::make_shared<const facts::FactBase>(facts::open_facts(""));
  return base;
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
