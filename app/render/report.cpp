#include "render/report.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Lines and columns of the offsets findings use, found in one pass over the text:
/// counting from the line's start for each offset would make a long line with many
/// findings quadratic.
class OffsetLocator {
 public:
  OffsetLocator(const Document& document, std::vector<std::size_t> offsets) : document_(document) {
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    const std::string_view text = document.text;
    std::size_t pos = 0;
    Position at;
    for (std::size_t offset : offsets) {
      offset = std::min(offset, text.size());
      for (; pos < offset; ++pos) {
        if (text[pos] == '\n') {
          ++at.line;
          at.column = 1;
        } else if (!is_continuation(text[pos])) {
          ++at.column;
        }
      }
      positions_.emplace(offset, at);
    }
  }

  Position at(std::size_t offset) const {
    return positions_.at(std::min(offset, document_.text.size()));
  }

  Location locate(Span span) const {
    const Position begin = at(span.begin);
    const Position end = at(span.end);
    return {begin.line, begin.column, end.line, end.column};
  }

  // Each line is counted once, however many findings it holds.
  std::size_t line_columns(std::size_t line, std::string_view line_text) {
    const auto [it, added] = line_columns_.try_emplace(line, 0);
    if (added)
      it->second = utf8::count_code_points(line_text);
    return it->second;
  }

 private:
  const Document& document_;
  std::unordered_map<std::size_t, Position> positions_;
  std::unordered_map<std::size_t, std::size_t> line_columns_;
};

// The byte `count` code points before `pos`, not before `floor`.
std::size_t back(std::string_view text, std::size_t pos, std::size_t count, std::size_t floor) {
  for (std::size_t n = 0; n < count && pos > floor; ++n) {
    --pos;
    while (pos > floor && is_continuation(text[pos]))
      --pos;
  }
  return pos;
}

// The byte `count` code points after `pos`, not past `ceiling`.
std::size_t forward(std::string_view text, std::size_t pos, std::size_t count,
                    std::size_t ceiling) {
  for (std::size_t n = 0; n < count && pos < ceiling; ++n) {
    ++pos;
    while (pos < ceiling && is_continuation(text[pos]))
      ++pos;
  }
  return pos;
}

// The window of the span's first line that renderers may show: the span itself when it
// ends on that line, and context around its start.
LineExcerpt excerpt(const Document& document, OffsetLocator& locator, Span span,
                    const Location& where) {
  const std::string_view text = document.text;
  const std::string_view line = document.lines.line_text(text, where.line);
  const std::size_t line_begin = static_cast<std::size_t>(line.data() - text.data());
  const std::size_t line_end = line_begin + line.size();
  LineExcerpt out;
  out.line_columns = locator.line_columns(where.line, line);
  if (out.line_columns <= LineExcerpt::kBefore + LineExcerpt::kAfter) {
    out.text = std::string(line);
    return out;
  }
  const std::size_t begin = std::clamp(span.begin, line_begin, line_end);
  const std::size_t from = back(text, begin, LineExcerpt::kBefore, line_begin);
  std::size_t to = forward(text, begin, LineExcerpt::kAfter, line_end);
  if (where.end_line == where.line)
    to = std::max(to, std::min(span.end, line_end));
  out.text = std::string(text.substr(from, to - from));
  const std::size_t before = utf8::count_code_points(text.substr(from, begin - from));
  out.first_column = where.column > before ? where.column - before : 1;
  out.first_byte_column = from - line_begin + 1;
  return out;
}

std::vector<std::size_t> offsets_of(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::size_t> offsets;
  for (const Diagnostic& diagnostic : diagnostics) {
    offsets.push_back(diagnostic.span.begin);
    offsets.push_back(diagnostic.span.end);
    for (const Evidence& evidence : diagnostic.evidence) {
      offsets.push_back(evidence.span.begin);
      offsets.push_back(evidence.span.end);
    }
    if (diagnostic.suggestion) {
      offsets.push_back(diagnostic.suggestion->span.begin);
      offsets.push_back(diagnostic.suggestion->span.end);
    }
  }
  return offsets;
}

// The 1-based byte column of `offset` on `line`.
std::size_t byte_column_of(const Document& document, std::size_t line, std::size_t offset) {
  const std::string_view text = document.text;
  const std::string_view line_text = document.lines.line_text(text, line);
  return offset - static_cast<std::size_t>(line_text.data() - text.data()) + 1;
}

std::optional<FixLocation> fix_location(const Document& document, const OffsetLocator& locator,
                                        const Diagnostic& diagnostic) {
  if (!diagnostic.suggestion || !diagnostic.suggestion->applicable)
    return std::nullopt;
  const Span span = diagnostic.suggestion->span;
  if (span.end > document.text.size() || span.begin > span.end)
    return std::nullopt;
  FixLocation fix;
  fix.location = locator.locate(span);
  fix.byte_column = byte_column_of(document, fix.location.line, span.begin);
  fix.end_byte_column = byte_column_of(document, fix.location.end_line, span.end);
  return fix;
}

}  // namespace

std::vector<LocatedDiagnostic> locate_all(const Document& document,
                                          std::vector<Diagnostic> diagnostics) {
  OffsetLocator locator(document, offsets_of(diagnostics));
  std::vector<LocatedDiagnostic> out;
  out.reserve(diagnostics.size());
  for (Diagnostic& diagnostic : diagnostics) {
    LocatedDiagnostic located;
    located.path = document.path;
    located.lang = document.lang;
    located.location = locator.locate(diagnostic.span);
    located.source_line = excerpt(document, locator, diagnostic.span, located.location);
    for (const Evidence& evidence : diagnostic.evidence) {
      LocatedEvidence shown;
      shown.location = locator.locate(evidence.span);
      shown.text = std::string(document.slice(evidence.span));
      shown.message = evidence.message;
      shown.source_line = excerpt(document, locator, evidence.span, shown.location);
      located.evidence.push_back(std::move(shown));
    }
    located.fix = fix_location(document, locator, diagnostic);
    located.diagnostic = std::move(diagnostic);
    out.push_back(std::move(located));
  }
  return out;
}

void sort_diagnostics(std::vector<LocatedDiagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const LocatedDiagnostic& a, const LocatedDiagnostic& b) {
                     return std::tie(a.path, a.location.line, a.location.column, a.diagnostic.rule,
                                     a.diagnostic.message) <
                            std::tie(b.path, b.location.line, b.location.column, b.diagnostic.rule,
                                     b.diagnostic.message);
                   });
}

std::vector<const LocatedDiagnostic*> sorted_diagnostics(std::span<const FileReport> files) {
  std::vector<const LocatedDiagnostic*> all;
  for (const FileReport& file : files) {
    for (const LocatedDiagnostic& diagnostic : file.diagnostics)
      all.push_back(&diagnostic);
  }
  std::stable_sort(
      all.begin(), all.end(), [](const LocatedDiagnostic* a, const LocatedDiagnostic* b) {
        return std::tie(a->path, a->location.line, a->location.column, a->diagnostic.rule) <
               std::tie(b->path, b->location.line, b->location.column, b->diagnostic.rule);
      });
  return all;
}

}  // namespace presscheck
