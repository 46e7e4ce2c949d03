#include "rulepack/rule_set.hpp"

#include <fmt/format.h>
#include <re2/set.h>
#include <algorithm>
#include <cstdlib>
#include <future>
#include <mutex>
#include <set>
#include <thread>

#include "core/data_dir.hpp"
#include "core/error.hpp"
#include "core/utf8.hpp"
#include "rulepack/re2_budget.hpp"
#include "rulepack/rule_kind.hpp"

namespace presscheck {
namespace {

// Paths inside the working folder are shown relative to it, as compilers do.
std::filesystem::path shown_path(const std::filesystem::path& path) {
  std::error_code error;
  const auto relative =
      std::filesystem::relative(path, std::filesystem::current_path(error), error);
  if (error || relative.empty() || *relative.begin() == "..")
    return path;
  return relative;
}

// The options of the sets that tell which case-blind rules may match (a kind's prefilter,
// a block's presence pass). A set of many alternatives needs room for DFA states on real
// French text (see re2_budget.hpp); with too little, RE2 rebuilds them again and again.
RE2::Options case_blind_set_options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(false);
  options.set_max_mem(kRe2SetMemory);
  return options;
}

}  // namespace

std::vector<std::filesystem::path> toml_files(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".toml")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct KindRules::Prefilter {
  std::once_flag compiled;
  std::unique_ptr<RE2::Set> set;
  std::vector<const PatternRule*> members;     // index = the set's pattern index
  std::vector<const PatternRule*> always_run;  // case-sensitive rules, not in the set
};

KindRules::KindRules(std::vector<const PatternRule*> rules)
    : rules_(std::move(rules)), prefilter_(std::make_unique<Prefilter>()) {}

// Compiling a set costs as much as compiling its rules again, and a run over drafts of one
// language never needs the other language's sets: so each set is compiled on first use.
const KindRules::Prefilter& KindRules::prefilter() const {
  std::call_once(prefilter_->compiled, [this] {
    Prefilter& prefilter = *prefilter_;
    prefilter.set = std::make_unique<RE2::Set>(case_blind_set_options(), RE2::UNANCHORED);
    for (const PatternRule* rule : rules_) {
      if (rule->case_sensitive() || prefilter.set->Add(rule->pattern, nullptr) < 0) {
        prefilter.always_run.push_back(rule);
      } else {
        prefilter.members.push_back(rule);
      }
    }
    if (prefilter.members.empty() || !prefilter.set->Compile()) {
      prefilter.always_run = rules_;
      prefilter.members.clear();
    }
  });
  return *prefilter_;
}

KindRules::~KindRules() = default;
KindRules::KindRules(KindRules&&) noexcept = default;
KindRules& KindRules::operator=(KindRules&&) noexcept = default;

namespace {

// A search may look one character past each end of its span (a word's end, RE2's context),
// so a set deciding which rules can match there reads that character too. The extra
// characters can only add rules, never hide one.
std::string_view with_context(std::string_view text, Span span) {
  std::size_t begin = span.begin;
  std::size_t end = span.end;
  if (begin > 0)
    utf8::previous(text, begin);
  if (end < text.size())
    utf8::next(text, end);
  return text.substr(begin, end - begin);
}

// The kinds the presence pass reads: those the analysis searches blocks for and that most
// blocks lack (measured on the French corpus, where 17 to 48 % of blocks hold a rule of
// each). Kinds found in nearly every block (auxiliaries, determiners, clause breaks,
// negation particles) gain nothing from it, and negation's window of words multiplied the
// pass's automaton states: with them, the pass took a fifth of a French run and made it
// slower. Kinds of values are read by their lexicons, function words only in checked
// claims. A kind left out is never wrong, only unfiltered: its rules always count as present.
bool searched_in_blocks(RuleKindId kind) {
  switch (kind) {
    case RuleKindId::attribution:
    case RuleKindId::negating_verb:
    case RuleKindId::rebuttal:
    case RuleKindId::reporting_verb:
    case RuleKindId::title_copula:
    case RuleKindId::title_marker:
    case RuleKindId::topic_word:
      return true;
    default:
      return false;
  }
}

// How few present rules are run straight away rather than narrowed by the kind's set:
// the set costs one scan of the span, each rule one more.
constexpr std::size_t kDirectRuns = 2;

}  // namespace

std::vector<RuleMatch> KindRules::find_all(std::string_view text, Span within,
                                           const RulePresence& present) const {
  std::vector<RuleMatch> matches;
  auto run = [&](const PatternRule* rule) {
    auto found = rule->find_all(text, within);
    matches.insert(matches.end(), found.begin(), found.end());
  };
  if (rules_.empty())
    return matches;
  const Prefilter& prefilter = this->prefilter();
  for (const PatternRule* rule : prefilter.always_run)
    run(rule);
  std::vector<const PatternRule*> candidates;
  for (const PatternRule* rule : prefilter.members) {
    if (present.may_match(*rule))
      candidates.push_back(rule);
  }
  const bool whole_block = present.scanned() && present.block() == within;
  if (!candidates.empty() && (whole_block || candidates.size() <= kDirectRuns)) {
    for (const PatternRule* rule : candidates)
      run(rule);
  } else if (!candidates.empty()) {
    std::vector<int> hits;
    const std::string_view piece = with_context(text, within);
    if (prefilter.set->Match(re2::StringPiece(piece.data(), piece.size()), &hits)) {
      std::sort(hits.begin(), hits.end());
      for (int hit : hits) {
        const PatternRule* rule = prefilter.members[static_cast<std::size_t>(hit)];
        if (present.may_match(*rule))
          run(rule);
      }
    }
  }
  std::sort(matches.begin(), matches.end(), [](const RuleMatch& a, const RuleMatch& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  return matches;
}

std::shared_ptr<const RuleSet> RuleSet::load(const std::filesystem::path& dir) {
  std::vector<PackFile> files;
  std::vector<std::string> errors;
  for (Lang lang : {Lang::fr, Lang::en}) {
    const std::filesystem::path folder = dir / std::string(lang_code(lang));
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
      errors.push_back(fmt::format("{}: error: no rule pack folder here", folder.generic_string()));
      continue;
    }
    for (const auto& path : toml_files(folder))
      files.push_back({path, lang});
  }
  return from_files(files, std::move(errors));
}

std::shared_ptr<const RuleSet> RuleSet::load(const std::vector<PackFile>& files) {
  return from_files(files, {});
}

std::shared_ptr<const RuleSet> RuleSet::from_files(const std::vector<PackFile>& files,
                                                   std::vector<std::string> errors) {
  auto set = std::make_shared<RuleSet>();
  // The packs are read, parsed and their patterns checked on every core at once: reading
  // the bundled packs one after the other was a sixth of a short lint run's start-up. Each
  // task takes every tasks-th pack, and the packs and their errors are then gathered in
  // file order, so messages read as before.
  struct Loaded {
    RulePack pack;
    std::vector<std::string> errors;
  };
  std::vector<Loaded> loaded(files.size());
  const std::size_t tasks =
      std::min<std::size_t>(files.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::future<void>> loading;
  for (std::size_t task = 0; task < tasks; ++task) {
    loading.push_back(std::async(std::launch::async, [&files, &loaded, task, tasks] {
      for (std::size_t i = task; i < files.size(); i += tasks) {
        const PackFile& file = files[i];
        loaded[i].pack = load_rule_pack(shown_path(file.path), file.lang, loaded[i].errors);
      }
    }));
  }
  for (auto& task : loading)
    task.get();
  for (Loaded& one : loaded) {
    set->packs_.push_back(std::move(one.pack));
    errors.insert(errors.end(), one.errors.begin(), one.errors.end());
  }
  std::set<std::string> ids;
  for (const RulePack& pack : set->packs_) {
    for (const PatternRule& rule : pack.rules) {
      if (!ids.insert(rule.id).second) {
        errors.push_back(fmt::format("{}:{}:1: error: rule id `{}` is used twice", rule.file,
                                     rule.line, rule.id));
      }
    }
  }
  if (!errors.empty()) {
    std::string message = fmt::format("{} problem(s) in the rule packs:", errors.size());
    for (const std::string& error : errors)
      message += "\n" + error;
    throw UserError(message);
  }
  std::map<std::pair<Lang, RuleKindId>, std::vector<const PatternRule*>> grouped;
  int slots[2] = {0, 0};
  for (RulePack& pack : set->packs_) {
    for (PatternRule& rule : pack.rules) {
      if (!rule.case_sensitive() && searched_in_blocks(rule.kind))
        rule.presence_slot = slots[lang_index(pack.lang)]++;
      grouped[{pack.lang, rule.kind}].push_back(&rule);
    }
  }
  for (auto& [key, rules] : grouped)
    set->by_kind_.emplace(key, KindRules(std::move(rules)));
  return set;
}

struct RuleSet::PresencePass {
  std::once_flag compiled;
  std::unique_ptr<RE2::Set> set;  // pattern index = presence slot; null when it failed
  std::size_t slots = 0;
};

RuleSet::RuleSet() {
  for (auto& pass : presence_passes_)
    pass = std::make_unique<PresencePass>();
}

RuleSet::~RuleSet() = default;

// Compiled on first use, like the kinds' sets: a run over French drafts never needs the
// English pass.
const RuleSet::PresencePass& RuleSet::presence_pass(Lang lang) const {
  PresencePass& pass = *presence_passes_[lang_index(lang)];
  std::call_once(pass.compiled, [&] {
    std::vector<const PatternRule*> members;
    for (const RulePack& pack : packs_) {
      for (const PatternRule& rule : pack.rules) {
        if (pack.lang == lang && rule.presence_slot >= 0)
          members.push_back(&rule);
      }
    }
    std::sort(members.begin(), members.end(), [](const PatternRule* a, const PatternRule* b) {
      return a->presence_slot < b->presence_slot;
    });
    if (members.empty())
      return;
    auto set = std::make_unique<RE2::Set>(case_blind_set_options(), RE2::UNANCHORED);
    for (const PatternRule* rule : members) {
      if (set->Add(rule->pattern, nullptr) != rule->presence_slot)
        return;  // without the pass every rule counts as present: slower, never wrong
    }
    if (!set->Compile())
      return;
    pass.set = std::move(set);
    pass.slots = members.size();
  });
  return pass;
}

RulePresence RuleSet::presence(Lang lang, std::string_view text, Span block) const {
  const PresencePass& pass = presence_pass(lang);
  if (pass.set == nullptr)
    return {};
  std::vector<int> hits;
  const std::string_view piece = with_context(text, block);
  std::vector<std::uint64_t> present((pass.slots + 63) / 64, 0);
  if (pass.set->Match(re2::StringPiece(piece.data(), piece.size()), &hits)) {
    for (int hit : hits) {
      const auto slot = static_cast<std::size_t>(hit);
      present[slot / 64] |= std::uint64_t{1} << (slot % 64);
    }
  }
  return RulePresence(block, std::move(present));
}

const KindRules& RuleSet::kind(Lang lang, RuleKindId kind) const {
  const auto found = by_kind_.find({lang, kind});
  return found == by_kind_.end() ? empty_ : found->second;
}

std::filesystem::path default_rules_dir() {
  if (const char* env = std::getenv("PRESSCHECK_RULES"); env != nullptr && *env != '\0') {
    return env;
  }
  return data_dir() / "rules";
}

}  // namespace presscheck
