#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "core/lang.hpp"
#include "core/span.hpp"
#include "rulepack/rule_kind.hpp"

namespace presscheck {

/// An example sentence of a rule: one that must fire (with the expected span marked by
/// square brackets in the pack) or one that must stay silent.
struct RuleExample {
  std::string text;              // brackets removed
  std::optional<Span> expected;  // the marked span, for examples that must fire
  int line = 0;                  // where the example stands in its pack
};

/// A named capturing group's span in one match.
struct GroupSpan {
  std::string name;
  Span span;
};

class PatternRule;

/// Where one rule matched, with its named groups.
struct RuleMatch {
  const PatternRule* rule = nullptr;
  Span span;
  std::vector<GroupSpan> groups;

  std::optional<Span> group(std::string_view name) const;
};

/// A rule of a pack: a regular expression with its kind, parameters and examples.
class PatternRule {
 public:
  std::string id;
  RuleKindId kind = RuleKindId::negation;  // resolved from the pack's name when it loads
  Lang lang = Lang::fr;
  std::string description;
  std::string pattern;   // after macro expansion
  double tolerance = 0;  // for kinds that take one (approximators)
  std::string value;     // for kinds that map a match to a value (titles, markers)
  std::vector<RuleExample> fire;
  std::vector<RuleExample> silent;
  std::string file;
  int line = 0;
  /// Its bit in its language's presence pass (RuleSet::presence), or -1 when the pass
  /// leaves it out and it always counts as present.
  int presence_slot = -1;

  /// Checks the pattern's syntax now and compiles it on first use; returns RE2's error
  /// text when it does not parse. Compiling is most of the start-up time, and a run over
  /// French drafts needs no English rule, nor the rules that never come close to matching.
  std::optional<std::string> prepare(bool case_sensitive);
  /// Compiles the pattern now; returns RE2's error text when it does not compile.
  /// `max_memory` raises RE2's budget (kRe2PatternMemory by default) for very large
  /// patterns.
  std::optional<std::string> compile(bool case_sensitive, std::int64_t max_memory = 0);
  bool case_sensitive() const;
  /// Every match inside `within`, leftmost first, never starting or ending inside a word.
  std::vector<RuleMatch> find_all(std::string_view text, Span within) const;
  /// The compiled pattern; throws UserError naming the rule if it outgrows RE2's budget,
  /// the one error that parsing cannot tell in advance.
  const RE2& regex() const;

 private:
  struct Compiled;
  const Compiled& compiled() const;

  std::shared_ptr<Compiled> compiled_;  // shared by copies, compiled once for all
};

}  // namespace presscheck
