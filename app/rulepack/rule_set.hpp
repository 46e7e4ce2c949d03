#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "rulepack/rule_pack.hpp"

namespace re2 {
class RE2;
}

namespace presscheck {

/// Which rules of one language may match in a stretch of text, by one RE2::Set scan of all
/// the language's rules whatever their kind (RuleSet::scan). Any span inside the scanned
/// one can be searched with it: a rule that matches inside the span matches inside the
/// whole too. (A pattern that asserts `\B` at the span's edge could tell them apart; no
/// bundled pattern does.)
class RuleHits {
 public:
  RuleHits() = default;
  /// What the scan says of one rule.
  enum class Rule : unsigned char {
    no_match,   // the set found no match
    may_match,  // the set found one: the rule runs to find where
    unfiltered  // not in the set (case-sensitive, or too large): the rule always runs
  };
  RuleHits(std::vector<Rule> rules, Span scanned) : rules_(std::move(rules)), scanned_(scanned) {}

  /// Whether the scan took place: without it every kind scans on its own.
  bool valid() const { return !rules_.empty(); }
  /// Whether this scan can stand for one of `within`.
  bool covers(Span within) const {
    return valid() && scanned_.begin <= within.begin && within.end <= scanned_.end;
  }
  /// What the scan says of the rule at `slot` of its language (PatternRule::slot).
  Rule at(int slot) const {
    return slot >= 0 && static_cast<std::size_t>(slot) < rules_.size()
               ? rules_[static_cast<std::size_t>(slot)]
               : Rule::unfiltered;
  }

 private:
  std::vector<Rule> rules_;  // index = the rule's slot in its language
  Span scanned_;
};

/// The rules of one kind in one language, matched with one RE2::Set pass first so that
/// only the rules that can match run on their own.
class KindRules {
 public:
  explicit KindRules(std::vector<const PatternRule*> rules);
  ~KindRules();
  KindRules(KindRules&&) noexcept;
  KindRules& operator=(KindRules&&) noexcept;

  const std::vector<const PatternRule*>& rules() const { return rules_; }
  /// Every match of every rule inside `within`, sorted by position.
  std::vector<RuleMatch> find_all(std::string_view text, Span within) const;
  /// The same, with the set scan of a span holding `within` done once for all kinds.
  std::vector<RuleMatch> find_all(std::string_view text, Span within, const RuleHits& hits) const;

 private:
  struct Prefilter;
  const Prefilter& prefilter() const;
  void run_rules(std::string_view text, Span within, const std::vector<const PatternRule*>& rules,
                 std::vector<RuleMatch>& matches) const;

  std::vector<const PatternRule*> rules_;
  std::unique_ptr<Prefilter> prefilter_;
};

/// A rule pack's file and the language of its rules.
struct PackFile {
  std::filesystem::path path;
  Lang lang = Lang::fr;
};

/// Every rule pack of both languages, loaded once per process.
class RuleSet {
 public:
  /// Loads `dir`/fr/*.toml and `dir`/en/*.toml; throws UserError listing every problem.
  static std::shared_ptr<const RuleSet> load(const std::filesystem::path& dir);
  /// Loads exactly these packs; throws UserError listing every problem.
  static std::shared_ptr<const RuleSet> load(const std::vector<PackFile>& files);

  const std::vector<RulePack>& packs() const { return packs_; }
  const KindRules& kind(Lang lang, std::string_view kind) const;
  /// One RE2::Set scan of `within` with every rule of `lang`: what each kind's find_all
  /// would otherwise scan for again, once per kind.
  RuleHits scan(Lang lang, std::string_view text, Span within) const;

 private:
  struct LanguageSet;
  const LanguageSet& language_set(Lang lang) const;

  static std::shared_ptr<const RuleSet> from_files(const std::vector<PackFile>& files,
                                                   std::vector<std::string> errors);

  std::vector<RulePack> packs_;
  std::map<std::pair<Lang, std::string>, KindRules, std::less<>> by_kind_;
  KindRules empty_{{}};
  std::shared_ptr<LanguageSet> language_sets_[2];  // French, English; compiled on first use
};

/// The `.toml` files of a folder (not of its subfolders), sorted.
std::vector<std::filesystem::path> toml_files(const std::filesystem::path& folder);

/// The folder holding the bundled rule packs: $PRESSCHECK_RULES, else rules/ of data_dir().
std::filesystem::path default_rules_dir();

}  // namespace presscheck
