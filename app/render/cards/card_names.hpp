#pragma once

#include <map>
#include <string>
#include <utility>

#include "core/lang.hpp"
#include "factbase/fact_base.hpp"

namespace presscheck {

/// The entity names and property labels cards show, read from the base once and kept for
/// later answers: cards name the same offices, laws and properties again and again, and a
/// shell session or a benchmark asks many questions of one base.
class CardNames {
 public:
  explicit CardNames(const facts::FactBase& base) : base_(base) {}

  const facts::FactBase& base() const { return base_; }
  /// An entity's first name in `lang` (or the other language), else its id.
  const std::string& entity(const std::string& id, Lang lang);
  /// A property's first label in `lang` (or the other language), else its id.
  const std::string& property(const std::string& id, Lang lang);

 private:
  const facts::FactBase& base_;
  std::map<std::pair<Lang, std::string>, std::string, std::less<>> entities_;
  std::map<std::pair<Lang, std::string>, std::string, std::less<>> properties_;
};

}  // namespace presscheck
