#include "extract/lexicon.hpp"

#include <re2/re2.h>
#include <charconv>

#include "extract/scan.hpp"
#include "rulepack/re2_budget.hpp"

namespace presscheck {
namespace {

// Looking back for a cue only needs the few words before a value.
constexpr std::size_t kLookBehindBytes = 64;

std::unique_ptr<RE2> compile(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(true);
  options.set_case_sensitive(true);  // each rule carries its own (?i:) flag
  // An alternation of a whole kind (months, number words) is a set in all but name.
  options.set_max_mem(kRe2SetMemory);
  auto regex = std::make_unique<RE2>(pattern, options);
  if (!regex->ok())
    return nullptr;
  return regex;
}

}  // namespace

struct Lexicon::Compiled {
  std::unique_ptr<RE2> forward;   // the alternation, matched anchored at a position
  std::unique_ptr<RE2> backward;  // the alternation followed by $, matched on a window
  std::vector<std::pair<int, const PatternRule*>> rule_groups;  // group index -> rule
  int group_count = 0;

  std::optional<LexiconMatch> identify(std::string_view text,
                                       const std::vector<re2::StringPiece>& groups) const {
    for (const auto& [index, rule] : rule_groups) {
      const re2::StringPiece& piece = groups[static_cast<std::size_t>(index)];
      if (piece.data() == nullptr)
        continue;
      const auto begin = static_cast<std::size_t>(piece.data() - text.data());
      return LexiconMatch{rule, {begin, begin + piece.size()}};
    }
    return std::nullopt;
  }
};

Lexicon::Lexicon(const RuleSet& rules, Lang lang, RuleKindId kind) {
  const auto& members = rules.kind(lang, kind).rules();
  if (members.empty())
    return;
  auto compiled = std::make_unique<Compiled>();
  int group = 1;
  for (const PatternRule* rule : members) {
    if (!alternation_.empty())
      alternation_ += '|';
    const bool case_sensitive = rule->regex().options().case_sensitive();
    alternation_ += case_sensitive ? "(" : "((?i:";
    alternation_ += rule->pattern;
    alternation_ += case_sensitive ? ")" : "))";
    compiled->rule_groups.emplace_back(group, rule);
    group += 1 + rule->regex().NumberOfCapturingGroups();
  }
  compiled->group_count = group;
  compiled->forward = compile(alternation_);
  compiled->backward = compile("(?:" + alternation_ + ")$");
  // Each pattern compiled on its own when its pack loaded, so the union compiles too; if
  // RE2 still refuses it (memory budget), the lexicon stays empty rather than half-built.
  if (compiled->forward && compiled->backward) {
    compiled_ = std::move(compiled);
  } else {
    alternation_.clear();
  }
}

Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

std::optional<LexiconMatch> Lexicon::at(std::string_view text, std::size_t pos,
                                        std::size_t limit) const {
  if (!compiled_ || pos >= limit)
    return std::nullopt;
  const re2::StringPiece whole(text.data(), text.size());
  // Most positions match nothing; finding that out needs no groups, which RE2 answers
  // with its fast automaton alone.
  if (!compiled_->forward->Match(whole, pos, limit, RE2::ANCHOR_START, nullptr, 0))
    return std::nullopt;
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(compiled_->group_count));
  if (!compiled_->forward->Match(whole, pos, limit, RE2::ANCHOR_START, groups.data(),
                                 compiled_->group_count)) {
    return std::nullopt;
  }
  auto match = compiled_->identify(text, groups);
  if (!match || match->span.empty())
    return std::nullopt;
  if (scan::word_before(text, match->span.end) && scan::word_at(text, match->span.end)) {
    return std::nullopt;
  }
  return match;
}

std::optional<LexiconMatch> Lexicon::ending_at(std::string_view text, std::size_t end,
                                               std::size_t floor) const {
  if (!compiled_ || end <= floor)
    return std::nullopt;
  std::size_t start = end - floor > kLookBehindBytes ? end - kLookBehindBytes : floor;
  while (start < end && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    ++start;
  std::vector<re2::StringPiece> groups;
  while (start < end) {
    // The window is passed alone so that $ means `end`.
    const re2::StringPiece window(text.data() + start, end - start);
    if (!compiled_->backward->Match(window, 0, window.size(), RE2::UNANCHORED, nullptr, 0))
      return std::nullopt;
    groups.resize(static_cast<std::size_t>(compiled_->group_count));
    compiled_->backward->Match(window, 0, window.size(), RE2::UNANCHORED, groups.data(),
                               compiled_->group_count);
    auto match = compiled_->identify(text, groups);
    if (!match || match->span.empty())
      return std::nullopt;
    if (!(scan::word_at(text, match->span.begin) && scan::word_before(text, match->span.begin))) {
      return match;
    }
    start = scan::after_code_point(text, match->span.begin);
  }
  return std::nullopt;
}

ValueLexicons::ValueLexicons(const RuleSet& rules, Lang language)
    : lang(language),
      approximator(rules, language, RuleKindId::approximator),
      currency(rules, language, RuleKindId::currency),
      date_cue(rules, language, RuleKindId::date_cue),
      date_part(rules, language, RuleKindId::date_part),
      month(rules, language, RuleKindId::month),
      number_label(rules, language, RuleKindId::number_label),
      number_word(rules, language, RuleKindId::number_word),
      ordinal(rules, language, RuleKindId::ordinal),
      percent(rules, language, RuleKindId::percent_word),
      relative_date(rules, language, RuleKindId::relative_date),
      scale(rules, language, RuleKindId::scale),
      weekday(rules, language, RuleKindId::weekday) {}

int rule_int(const PatternRule& rule) {
  int value = 0;
  const char* begin = rule.value.data();
  if (!rule.value.empty() && rule.value.front() == '+')
    ++begin;
  std::from_chars(begin, rule.value.data() + rule.value.size(), value);
  return value;
}

}  // namespace presscheck
