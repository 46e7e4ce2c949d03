#include "rulepack/pattern_rule.hpp"

#include <fmt/format.h>
#include <re2/set.h>
#include <algorithm>
#include <mutex>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "rulepack/re2_budget.hpp"

namespace presscheck {
namespace {

bool word_char_before(std::string_view text, std::size_t pos) {
  if (pos == 0)
    return false;
  return utf8::is_word_char(utf8::previous(text, pos));
}

bool word_char_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size())
    return false;
  return utf8::is_word_char(utf8::next(text, pos));
}

// RE2's \b only knows ASCII, so « été » would split; matches are checked here instead: a
// match may not start right after a letter if it starts with one, nor end before a letter
// if it ends with one.
bool on_word_boundaries(std::string_view text, Span span) {
  if (span.empty())
    return false;
  if (word_char_at(text, span.begin) && word_char_before(text, span.begin))
    return false;
  if (word_char_before(text, span.end) && word_char_at(text, span.end))
    return false;
  return true;
}

std::size_t next_code_point(std::string_view text, std::size_t pos) {
  utf8::next(text, pos);
  return pos;
}

// Patterns end words with an explicit boundary such as (?:[^\pL\pN]|$), which consumes one
// character; the reported span keeps only what lies between the first and last word
// characters, so that it underlines words, not the space after them.
Span trim_to_words(std::string_view text, Span span) {
  std::size_t begin = span.begin;
  while (begin < span.end) {
    std::size_t pos = begin;
    if (utf8::is_word_char(utf8::next(text, pos)))
      break;
    begin = pos;
  }
  if (begin == span.end)
    return span;  // no word inside: a punctuation rule such as ";"
  std::size_t end = span.end;
  while (end > begin) {
    std::size_t pos = end;
    if (utf8::is_word_char(utf8::previous(text, pos)))
      break;
    end = pos;
  }
  return {begin, end};
}

}  // namespace

std::optional<Span> RuleMatch::group(std::string_view name) const {
  for (const GroupSpan& g : groups) {
    if (g.name == name)
      return g.span;
  }
  return std::nullopt;
}

struct PatternRule::Compiled {
  RE2::Options options;
  std::once_flag once;
  std::unique_ptr<RE2> regex;
  std::vector<std::string> group_names;  // index = capturing group number, up to the last
                                         // named one: unnamed groups are not reported, and
                                         // asking RE2 for fewer groups makes it faster
};

namespace {

// Every rule gets the project's budget (see re2_budget.hpp) unless it asks for more.
RE2::Options options_for(bool case_sensitive, std::int64_t max_memory) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_max_mem(std::max(max_memory, kRe2PatternMemory));
  return options;
}

}  // namespace

std::optional<std::string> PatternRule::prepare(bool case_sensitive) {
  // A set parses what it is given without compiling it: the cheap half of the work.
  RE2::Set parser(options_for(case_sensitive, 0), RE2::UNANCHORED);
  std::string error;
  if (parser.Add(pattern, &error) < 0)
    return error;
  compiled_ = std::make_shared<Compiled>();
  compiled_->options = options_for(case_sensitive, 0);
  return std::nullopt;
}

std::optional<std::string> PatternRule::compile(bool case_sensitive, std::int64_t max_memory) {
  compiled_ = std::make_shared<Compiled>();
  compiled_->options = options_for(case_sensitive, max_memory);
  const Compiled& done = compiled();
  if (!done.regex->ok())
    return done.regex->error();
  return std::nullopt;
}

const PatternRule::Compiled& PatternRule::compiled() const {
  std::call_once(compiled_->once, [this] {
    Compiled& out = *compiled_;
    out.regex = std::make_unique<RE2>(pattern, out.options);
    if (!out.regex->ok())
      return;
    int last_named = 0;
    for (const auto& [name, index] : out.regex->NamedCapturingGroups())
      last_named = std::max(last_named, index);
    out.group_names.assign(static_cast<std::size_t>(last_named) + 1, "");
    for (const auto& [name, index] : out.regex->NamedCapturingGroups())
      out.group_names[static_cast<std::size_t>(index)] = name;
  });
  return *compiled_;
}

bool PatternRule::case_sensitive() const {
  return compiled_ && compiled_->options.case_sensitive();
}

const RE2& PatternRule::regex() const {
  const Compiled& done = compiled();
  if (!done.regex->ok()) {
    throw UserError(fmt::format("{}:{}: rule `{}`: pattern does not compile: {}", file, line, id,
                                done.regex->error()));
  }
  return *done.regex;
}

std::vector<RuleMatch> PatternRule::find_all(std::string_view text, Span within) const {
  std::vector<RuleMatch> matches;
  const RE2& regex = this->regex();
  const std::vector<std::string>& group_names = compiled_->group_names;
  const int group_count = static_cast<int>(group_names.size());
  std::vector<re2::StringPiece> pieces(group_names.size());
  std::size_t pos = within.begin;
  while (pos < within.end) {
    // Only as many groups as named ones need: with none, RE2 finds the match by DFA alone.
    if (!regex.Match(re2::StringPiece(text.data(), text.size()), pos, within.end, RE2::UNANCHORED,
                     pieces.data(), group_count)) {
      break;
    }
    const std::size_t begin = static_cast<std::size_t>(pieces[0].data() - text.data());
    const Span span = trim_to_words(text, {begin, begin + pieces[0].size()});
    if (!on_word_boundaries(text, span)) {
      pos = next_code_point(text, begin);
      continue;
    }
    RuleMatch match{this, span, {}};
    for (std::size_t i = 1; i < group_names.size(); ++i) {
      if (group_names[i].empty() || pieces[i].data() == nullptr)
        continue;
      const std::size_t group_begin = static_cast<std::size_t>(pieces[i].data() - text.data());
      match.groups.push_back({group_names[i], {group_begin, group_begin + pieces[i].size()}});
    }
    matches.push_back(std::move(match));
    pos = span.end > span.begin ? span.end : next_code_point(text, begin);
  }
  return matches;
}

}  // namespace presscheck
