#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "shell/name_completion.hpp"

namespace presscheck {

/// A terminal line reader on libedit: emacs-style editing, history recalled with the
/// arrows, and Tab completing through a caller's function. Standard input must be a
/// terminal.
class LineEditor {
 public:
  /// `complete` is asked on Tab with the text before the cursor.
  LineEditor(std::string prompt, std::function<Completion(std::string_view)> complete);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  /// The next line, without its line break; nullopt at the end of input (Ctrl-D).
  std::optional<std::string> read_line();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace presscheck
