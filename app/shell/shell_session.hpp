#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/lang.hpp"
#include "lookup/fact_tools.hpp"
#include "render/cards/card_names.hpp"
#include "render/cards/terminal_style.hpp"

namespace presscheck {

/// What `presscheck shell` does with each line, whether typed at a terminal or piped: a
/// plain line is a lookup; `:date`, `:lang`, `:verify`, `:help` and `:quit` are commands.
/// Mistakes are answered and the session goes on.
class ShellSession {
 public:
  /// `lang` is the language of answers until `:lang` changes it.
  ShellSession(FactTools& tools, Lang lang);

  /// The answer to one line, ending with a line break, or empty for a blank line.
  std::string answer(std::string_view line, const Style& style);
  /// Whether `:quit` was given.
  bool done() const { return done_; }
  Lang lang() const { return lang_; }

  /// The commands, in the session's language.
  std::string help() const;

 private:
  std::string command(std::string_view name, std::string_view argument, const Style& style);

  FactTools& tools_;
  CardNames names_;
  Lang lang_;
  bool lang_chosen_ = false;  // verify reads sentences in the chosen language, else detects
  std::optional<Date> date_;  // today when not set
  bool done_ = false;
};

}  // namespace presscheck
