#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/cards/terminal_style.hpp"

namespace presscheck {

/// Answers fit an 80-column terminal.
inline constexpr std::size_t kScreenColumns = 80;

/// Cuts `text` into lines of at most `width` code points at spaces. A word longer than the
/// width keeps a line of its own rather than being broken, and closing marks (« » », ":",
/// ";", "?", "!") stay with the word before them, as « opens onto the word after it.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

/// A text shown painted in one tone.
struct Painted {
  std::string text;
  Tone tone = Tone::plain;
  /// Never wrapped, such as "source: URL": a URL must stay whole to be copied.
  bool whole = false;
};

/// Two aligned columns: short lines on the left (a label, a status), wrapped paragraphs on
/// the right, starting at one column for the whole answer.
struct Row {
  std::vector<Painted> left;
  std::vector<Painted> right;
};

/// Appends `row`: the left lines `margin` columns in, the right text from `column` on. A
/// left line too long for its column stands alone, the right text starting below it.
void append_row(std::string& out, const Style& style, const Row& row, std::size_t margin,
                std::size_t column);

}  // namespace presscheck
