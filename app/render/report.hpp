#pragma once

#include <optional>
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

/// Evidence resolved to its place in the file, with its words and source line.
struct LocatedEvidence {
  Location location;
  std::string text;
  std::string message;
  std::string source_line;
};

/// A finding resolved to lines and columns, so that the document can be let go.
struct LocatedDiagnostic {
  std::string path;
  Diagnostic diagnostic;
  Location location;
  std::string source_line;
  std::vector<LocatedEvidence> evidence;
  Lang lang = Lang::en;  // the draft's, for the words renderers add around the message
};

/// What the renderers know of one linted file.
struct FileReport {
  std::string path;
  std::optional<Lang> lang;
  std::string headline;
  std::vector<LocatedDiagnostic> diagnostics;
};

Location locate_span(const Document& document, Span span);
LocatedDiagnostic locate(const Document& document, Diagnostic diagnostic);

/// Deterministic order: path, line, column, rule, then message.
void sort_diagnostics(std::vector<LocatedDiagnostic>& diagnostics);

/// All findings of all files, sorted.
std::vector<const LocatedDiagnostic*> sorted_diagnostics(const std::vector<FileReport>& files);

}  // namespace presscheck
