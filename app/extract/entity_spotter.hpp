#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "rulepack/pattern_rule.hpp"

namespace presscheck {

/// A place where the text names something the fact base knows.
struct Mention {
  Span span;
  std::vector<std::string> ids;  // every entity (or property) that name stands for
};

/// Finds every name of a list in one pass: one regular expression, longest names first,
/// with Unicode word boundaries, so that « Thierry Breton » wins over « Breton » and « été »
/// does not split.
class NameSpotter {
 public:
  NameSpotter() = default;
  /// `names` maps each written name to the ids it stands for.
  NameSpotter(const std::multimap<std::string, std::string>& names, bool case_sensitive);

  std::vector<Mention> find(std::string_view text, Span within) const;
  bool empty() const { return by_key_.empty(); }

 private:
  std::string key(std::string_view written) const;

  PatternRule matcher_;
  bool case_sensitive_ = true;
  std::map<std::string, std::vector<std::string>, std::less<>> by_key_;
};

}  // namespace presscheck
