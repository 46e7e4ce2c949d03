#pragma once

// The walk of one YAML scalar's source, step by step as yaml-cpp's scanner reads it. Used by
// yaml_scalar_source.cpp only.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "input/yaml_scalar_source.hpp"

namespace presscheck::front_matter::yaml_walk {

/// How a scalar is written: plain, '…', "…", `|` or `>`.
enum class Style { plain, single_quoted, double_quoted, literal, folded };
/// What becomes of line breaks: kept (`|`), folded as `>` does, or folded as quotes do.
enum class Fold { none, block, flow };
/// What becomes of final line breaks: one kept, none (`-`), all (`+`).
enum class Chomp { clip, strip, keep };

/// What yaml-cpp's scanner is told about each kind of scalar.
struct Rules {
  Style style = Style::plain;
  Fold fold = Fold::flow;
  Chomp chomp = Chomp::strip;
  int indent = 0;
  bool detect_indent = false;
  bool in_flow = false;
};

/// A space or a tab at `pos`.
bool is_blank(std::string_view text, std::size_t pos);
/// A space, a tab or a line break at `pos`.
bool is_blank_or_break(std::string_view text, std::size_t pos);

/// Walks a scalar's source in the three steps of yaml-cpp's scanner (the rest of a line,
/// its line break, the next line's indentation), building the value as yaml-cpp does and
/// recording for each byte where it came from.
class ScalarWalker {
 public:
  ScalarWalker(std::string_view yaml, std::size_t pos, std::size_t line_start, Rules rules)
      : yaml_(yaml), pos_(pos), line_start_(line_start), rules_(rules) {}

  /// Reads the scalar; false where yaml-cpp would have refused its source.
  bool walk();
  /// The value read, where reading stopped, and whether a quote closed it.
  YamlScalarSource take() &&;

 private:
  bool quoted() const {
    return rules_.style == Style::single_quoted || rules_.style == Style::double_quoted;
  }
  int column(std::size_t pos) const { return static_cast<int>(pos - line_start_); }
  bool at_document_marker(std::size_t pos) const;
  bool plain_ends_at(std::size_t pos) const;
  int end_length(std::size_t pos) const;
  bool scan_line(std::size_t& last_content, bool& escaped_break);
  bool decode_escape();
  bool skip_indentation();
  void fold_break(Span line_break, bool next_empty, bool next_more, bool escaped_break);
  void fold_block_break(Span line_break, bool next_empty, bool next_more);
  void trim_and_chomp();

  std::string_view yaml_;
  std::size_t pos_;
  std::size_t line_start_;
  Rules rules_;
  SourceMapBuilder out_;
  std::vector<std::size_t> nbsp_like_;
  bool closed_ = false;
  bool found_content_ = false;
  bool past_opening_break_ = false;
  bool empty_line_ = false;
  bool more_indented_ = false;
  std::size_t last_escaped_ = std::string::npos;
  // Line breaks of empty lines in a `>` scalar, written out when the next line comes.
  std::size_t pending_count_ = 0;
  Span pending_;
  bool pending_started_more_indented_ = false;
};

}  // namespace presscheck::front_matter::yaml_walk
