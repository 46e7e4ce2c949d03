#include "rulepack/macro_expander.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <vector>

namespace presscheck {
namespace {

bool name_start(char c) {
  return (c >= 'a' && c <= 'z') || c == '_';
}

bool name_char(char c) {
  return name_start(c) || (c >= '0' && c <= '9');
}

// The macro name of a `{name}` starting at `at`, or empty when the brace opens anything else
// (a quantifier such as {2,4}).
std::string_view reference_at(std::string_view text, std::size_t at) {
  if (at + 2 >= text.size() || !name_start(text[at + 1]))
    return {};
  std::size_t end = at + 2;
  while (end < text.size() && name_char(text[end]))
    ++end;
  if (end >= text.size() || text[end] != '}')
    return {};
  return text.substr(at + 1, end - at - 1);
}

class Expander {
 public:
  Expander(const std::map<std::string, std::string>& macros, std::string& error)
      : macros_(macros), error_(error) {}

  bool expand(std::string_view text, std::string& out) {
    for (std::size_t at = 0; at < text.size(); ++at) {
      const std::string_view name = text[at] == '{' ? reference_at(text, at) : std::string_view();
      if (name.empty()) {
        out += text[at];
      } else {
        if (!expand_macro(name, out))
          return false;
        at += name.size() + 1;
      }
      if (out.size() > kMaxExpandedBytes) {
        error_ = fmt::format("the macros of this pattern expand to more than {} bytes",
                             kMaxExpandedBytes);
        return false;
      }
    }
    return true;
  }

 private:
  bool expand_macro(std::string_view name, std::string& out) {
    const auto found = macros_.find(std::string(name));
    if (found == macros_.end()) {
      error_ = fmt::format("unknown macro `{{{}}}` in pattern", name);
      return false;
    }
    if (std::find(active_.begin(), active_.end(), name) != active_.end()) {
      std::string chain;
      for (auto it = std::find(active_.begin(), active_.end(), name); it != active_.end(); ++it)
        chain += fmt::format("`{{{}}}` -> ", *it);
      error_ = fmt::format("macros refer to themselves: {}`{{{}}}`", chain, name);
      return false;
    }
    if (++expansions_ > kMaxExpansions) {
      error_ = fmt::format("the macros of this pattern make more than {} references in all",
                           kMaxExpansions);
      return false;
    }
    active_.push_back(name);
    const bool done = expand(found->second, out);
    active_.pop_back();
    return done;
  }

  const std::map<std::string, std::string>& macros_;
  std::string& error_;
  std::vector<std::string_view> active_;  // the macros being expanded, outermost first
  std::size_t expansions_ = 0;
};

}  // namespace

std::optional<std::string> expand_macros(std::string_view pattern,
                                         const std::map<std::string, std::string>& macros,
                                         std::string& error) {
  std::string out;
  if (!Expander(macros, error).expand(pattern, out))
    return std::nullopt;
  return out;
}

}  // namespace presscheck
