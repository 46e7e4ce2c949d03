#pragma once

#include <filesystem>

#include "core/document.hpp"
#include "rulepack/rule_set.hpp"

namespace presscheck::testing_support {

/// The rule packs shipped in rules/, loaded once for all tests.
inline std::shared_ptr<const RuleSet> bundled_rules_ptr() {
  static const auto rules = RuleSet::load(std::filesystem::path(PRESSCHECK_SOURCE_DIR) / "rules");
  return rules;
}

inline const RuleSet& bundled_rules() {
  return *bundled_rules_ptr();
}

/// A document whose whole text is one body paragraph.
inline Document paragraph(std::string text, Lang lang) {
  Document doc;
  doc.path = "test.md";
  doc.text = std::move(text);
  doc.lines = LineIndex(doc.text);
  doc.lang = lang;
  doc.blocks.push_back({Part::body, {0, doc.text.size()}});
  return doc;
}

}  // namespace presscheck::testing_support
