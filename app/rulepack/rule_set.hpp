#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "rulepack/rule_pack.hpp"
#include "rulepack/rule_presence.hpp"

namespace re2 {
class RE2;
}

namespace presscheck {

/// The rules of one kind in one language, matched with one RE2::Set pass first so that
/// only the rules that can match run on their own.
class KindRules {
 public:
  explicit KindRules(std::vector<const PatternRule*> rules);
  ~KindRules();
  KindRules(KindRules&&) noexcept;
  KindRules& operator=(KindRules&&) noexcept;

  const std::vector<const PatternRule*>& rules() const { return rules_; }
  /// Every match of every rule inside `within`, sorted by position. With the presence
  /// pass of a block holding `within`, only the rules it found run.
  std::vector<RuleMatch> find_all(std::string_view text, Span within,
                                  const RulePresence& present = {}) const;

 private:
  struct Prefilter;
  const Prefilter& prefilter() const;

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
  const KindRules& kind(Lang lang, RuleKindId kind) const;
  /// One pass over `block` of `text` telling which rules of `lang` may match in it.
  RulePresence presence(Lang lang, std::string_view text, Span block) const;

  RuleSet();
  ~RuleSet();

 private:
  struct PresencePass;
  const PresencePass& presence_pass(Lang lang) const;

  static std::shared_ptr<const RuleSet> from_files(const std::vector<PackFile>& files,
                                                   std::vector<std::string> errors);

  std::vector<RulePack> packs_;
  std::map<std::pair<Lang, RuleKindId>, KindRules> by_kind_;
  KindRules empty_{{}};
  std::unique_ptr<PresencePass> presence_passes_[2];  // fr, en; compiled on first use
};

/// The `.toml` files of a folder (not of its subfolders), sorted.
std::vector<std::filesystem::path> toml_files(const std::filesystem::path& folder);

/// The folder holding the bundled rule packs: $PRESSCHECK_RULES, else rules/ of data_dir().
std::filesystem::path default_rules_dir();

}  // namespace presscheck
