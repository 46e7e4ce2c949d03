#pragma once

#include <fmt/format.h>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checks/check.hpp"

namespace presscheck {

/// Fills a French or an English format, whichever language the draft is written in. Both
/// formats are checked against the arguments when compiling.
template <typename... Args>
std::string worded(Lang lang, fmt::format_string<Args...> fr, fmt::format_string<Args...> en,
                   Args&&... args) {
  return lang == Lang::fr ? fmt::format(fr, std::forward<Args>(args)...)
                          : fmt::format(en, std::forward<Args>(args)...);
}

/// A finding of `rule` at `span`, its message already in the draft's language.
Diagnostic finding(const RuleInfo& rule, Span span, std::string message);

/// A finding just reported, completed in place: evidence, a fact, a suggestion. It holds
/// the finding's place in the check's list, not a reference into it, so it stays valid
/// when later findings make the list grow.
class Finding {
 public:
  Finding(std::vector<Diagnostic>& list, std::size_t index, Lang lang)
      : list_(list), index_(index), lang_(lang) {}

  /// Another place of the draft that supports the finding, worded already.
  Finding& evidence(Span span, std::string message);
  template <typename... Args>
  Finding& evidence(Span span, fmt::format_string<Args...> fr, fmt::format_string<Args...> en,
                    Args&&... args) {
    return evidence(span, worded(lang_, fr, en, std::forward<Args>(args)...));
  }
  /// The curated fact the finding rests on.
  Finding& fact(std::optional<FactEvidence> fact);
  /// A certain correction: `text` in place of the bytes of `span`.
  Finding& suggest(Span span, std::string text);
  /// Underlines other words than those reported first.
  Finding& at(Span span);

 private:
  Diagnostic& diagnostic() { return list_[index_]; }

  std::vector<Diagnostic>& list_;
  std::size_t index_;
  Lang lang_;
};

/// How a check reports: made once at the start of `run` with the check's rule and list,
/// `report(span, "… {} …", "… {} …", args…)` then adds a finding of that rule, worded in
/// the draft's language, and returns it to be completed.
class Reporter {
 public:
  Reporter(const RuleInfo& rule, const CheckContext& context, std::vector<Diagnostic>& out)
      : rule_(rule), lang_(context.document.lang), out_(out) {}

  /// A finding whose message is worded already (in the draft's language).
  Finding operator()(Span span, std::string message) const;
  template <typename... Args>
  Finding operator()(Span span, fmt::format_string<Args...> fr, fmt::format_string<Args...> en,
                     Args&&... args) const {
    return (*this)(span, worded(lang_, fr, en, std::forward<Args>(args)...));
  }

  Lang lang() const { return lang_; }

 private:
  const RuleInfo& rule_;
  Lang lang_;
  std::vector<Diagnostic>& out_;
};

}  // namespace presscheck
