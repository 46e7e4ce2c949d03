#pragma once

#include <cstddef>
#include <string_view>

#include "core/document.hpp"
#include "extract/extraction.hpp"
#include "text/analysis.hpp"

namespace presscheck {

/// Whether the text between two words breaks a clause: anything but spaces, apostrophes
/// and hyphens (« d'amende », "U.S.-made").
bool breaks_clause(std::string_view gap);

/// Whether `span` overlaps a value of the block, approximator included.
bool inside_value(const BlockExtraction& found, Span span);

/// Reads the words on one side of a value, one token at a time, within its clause.
class Walk {
 public:
  /// The words after `value`, nearest first.
  static Walk after(const Document& doc, const BlockAnalysis& block, const BlockExtraction& found,
                    const Value& value);
  /// The words before `value` (approximator included in the value), nearest first.
  static Walk before(const Document& doc, const BlockAnalysis& block, const BlockExtraction& found,
                     const Value& value);

  /// The next token, or null at a clause break, another value or the block's end.
  const Token* next();

 private:
  Walk(const Document& doc, const BlockAnalysis& block, const BlockExtraction& found,
       std::ptrdiff_t first, std::ptrdiff_t step, std::size_t edge)
      : doc_(doc), block_(block), found_(found), at_(first), step_(step), previous_(edge) {}

  const Document& doc_;
  const BlockAnalysis& block_;
  const BlockExtraction& found_;
  std::ptrdiff_t at_;
  std::ptrdiff_t step_;
  std::size_t previous_;
};

}  // namespace presscheck
