#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/document.hpp"

namespace presscheck {

/// A range in the original file: 1-based lines, 1-based columns in code points, end
/// column exclusive.
struct Location {
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t end_line = 1;
  std::size_t end_column = 1;
};

/// The part of a finding's source line that renderers show: the whole line when it is
/// short, else a window around the finding. A Markdown paragraph is one line and may be
/// megabytes long; copying it whole for each of thousands of findings would not end.
struct LineExcerpt {
  /// Code points kept before the finding, and after its start, in a long line: more
  /// than any renderer shows.
  static constexpr std::size_t kBefore = 40;
  static constexpr std::size_t kAfter = 120;

  std::string text;
  std::size_t first_column = 1;       // the line's column of the first code point of text
  std::size_t first_byte_column = 1;  // the same counted in bytes
  std::size_t line_columns = 0;       // code points in the whole line
};

/// Evidence resolved to its place in the file, with its words and source line.
struct LocatedEvidence {
  Location location;
  std::string text;
  std::string message;
  LineExcerpt source_line;
};

/// Where an applicable suggestion's replacement goes: lines and code-point columns as
/// everywhere, plus the 1-based byte columns of formats that count in bytes (rdjson).
struct FixLocation {
  Location location;
  std::size_t byte_column = 1;
  std::size_t end_byte_column = 1;
};

/// A finding resolved to lines and columns, so that the document can be let go.
struct LocatedDiagnostic {
  std::string path;
  Diagnostic diagnostic;
  Location location;
  LineExcerpt source_line;
  std::vector<LocatedEvidence> evidence;
  std::optional<FixLocation> fix;  // set when the suggestion can be applied as an edit
  Lang lang = Lang::en;            // the draft's, for the words renderers add around the message
};

/// What the renderers know of one linted file.
struct FileReport {
  std::string path;
  std::optional<Lang> lang;
  std::string headline;
  std::vector<LocatedDiagnostic> diagnostics;
};

/// Resolves every finding of one document, in time linear in the document's size
/// whatever the number of findings on one line.
std::vector<LocatedDiagnostic> locate_all(const Document& document,
                                          std::vector<Diagnostic> diagnostics);

/// Deterministic order: path, line, column, rule, then message.
void sort_diagnostics(std::vector<LocatedDiagnostic>& diagnostics);

/// All findings of all files, sorted by path, line, column and rule; a stable sort, so
/// that findings alike keep the order they were reported in.
std::vector<const LocatedDiagnostic*> sorted_diagnostics(std::span<const FileReport> files);

}  // namespace presscheck
