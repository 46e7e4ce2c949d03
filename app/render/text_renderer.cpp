#include "render/text_renderer.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <algorithm>

#include "core/terminal_safe.hpp"
#include "core/utf8.hpp"
#include "render/fact_note.hpp"

namespace presscheck {
namespace {

// Long paragraphs are one line in Markdown: show a window of this many code points.
constexpr std::size_t kSnippetWidth = 100;
constexpr std::size_t kContextBefore = 30;

struct Palette {
  bool on;
  std::string paint(std::string_view text, std::string_view code) const {
    if (!on)
      return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
};

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "1;31";
    case Severity::warning:
      return "1;33";
    case Severity::info:
      break;
  }
  return "1;36";
}

// Where each code point of a window of a line is shown on screen: an escape takes more
// than one column, and the caret must still stand under the finding.
class ScreenColumns {
 public:
  explicit ScreenColumns(std::size_t from) : from_(from) {}
  void add(std::size_t columns) {
    at_.push_back(next_);
    next_ += columns;
  }
  void start_at(std::size_t column) { next_ = column; }
  // The screen column of the line's code point `index`; past the window, one per code point.
  std::size_t of(std::size_t index) const {
    const std::size_t k = index - from_;
    return k < at_.size() ? at_[k] : next_ + (k - at_.size());
  }

 private:
  std::size_t from_;
  std::size_t next_ = 0;
  std::vector<std::size_t> at_;
};

std::string snippet(const LineExcerpt& line, const Location& where, std::size_t line_number,
                    const Palette& palette) {
  const std::size_t length = line.line_columns;
  const std::size_t begin = where.column - 1;
  std::size_t end = where.end_line == where.line ? where.end_column - 1 : length;
  if (end <= begin)
    end = begin + 1;
  const std::size_t first = line.first_column - 1;  // where the excerpt starts in the line
  std::size_t from = 0;
  if (length > kSnippetWidth && begin > kContextBefore)
    from = begin - kContextBefore;
  from = std::max(from, first);
  const std::size_t last = first + utf8::count_code_points(line.text);
  const std::size_t to =
      std::min(last, std::min(length, std::max(from + kSnippetWidth, std::min(end, length))));
  std::string shown = from > 0 ? "…" : "";
  ScreenColumns screen(from);
  screen.start_at(from > 0 ? 1 : 0);
  const std::string_view text = line.text;
  std::size_t pos = 0;
  for (std::size_t index = first; index < to && pos < text.size(); ++index) {
    const ShownPiece piece = next_shown_piece(text.substr(pos), {.tab = true});
    pos += piece.source.size();
    if (index < from)
      continue;
    screen.add(piece.columns);
    shown += piece.shown;
  }
  if (to < length)
    shown += "…";
  const std::size_t caret_at = screen.of(begin);
  const std::size_t caret_end = screen.of(std::min(end, std::max(to, begin + 1)));
  const std::size_t caret_length = caret_end > caret_at ? caret_end - caret_at : 0;
  std::string marks = "^" + std::string(caret_length > 0 ? caret_length - 1 : 0, '~');
  const std::string gutter = fmt::format("{:>5}", line_number);
  return fmt::format("{} | {}\n{} | {}{}\n", gutter, shown, std::string(gutter.size(), ' '),
                     std::string(caret_at, ' '), palette.paint(marks, "32"));
}

std::string heading(const LocatedDiagnostic& d, const Location& where, std::string_view label,
                    std::string_view colour, const Palette& palette) {
  return fmt::format(
      "{}: {}: ",
      palette.paint(fmt::format("{}:{}:{}", terminal_safe(d.path), where.line, where.column), "1"),
      palette.paint(label, colour));
}

std::string render_one(const LocatedDiagnostic& d, const Palette& palette) {
  const Diagnostic& diagnostic = d.diagnostic;
  std::string out = heading(d, d.location, severity_name(diagnostic.severity),
                            severity_colour(diagnostic.severity), palette);
  out += fmt::format("{} [{}]\n", terminal_safe(diagnostic.message), diagnostic.rule);
  if (!d.source_line.text.empty() || d.location.column > 1) {
    out += snippet(d.source_line, d.location, d.location.line, palette);
  }
  for (const LocatedEvidence& evidence : d.evidence) {
    out += heading(d, evidence.location, "note", "1;36", palette) +
           terminal_safe(evidence.message) + "\n";
    out += snippet(evidence.source_line, evidence.location, evidence.location.line, palette);
  }
  if (diagnostic.fact) {
    out += heading(d, d.location, "note", "1;36", palette) +
           terminal_safe(fact_note(*diagnostic.fact, d.lang == Lang::fr)) + "\n";
  }
  if (diagnostic.suggestion) {
    out += heading(d, d.location, "help", "1;32", palette) +
           fmt::format("{} {}\n", d.lang == Lang::fr ? "écrire plutôt" : "did you mean",
                       terminal_safe(diagnostic.suggestion->text));
  }
  return out;
}

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

// What the closing line counts: findings by severity and files read.
struct Tally {
  std::size_t counts[3] = {0, 0, 0};
  std::size_t files = 0;
  bool all_fr = true;

  void add(const FileReport& file) {
    ++files;
    all_fr = all_fr && file.lang == Lang::fr;
  }
};

std::string findings(std::span<const FileReport> files, const Palette& palette, Tally& tally) {
  std::string out;
  for (const LocatedDiagnostic* d : sorted_diagnostics(files)) {
    out += render_one(*d, palette);
    ++tally.counts[static_cast<int>(d->diagnostic.severity)];
  }
  for (const FileReport& file : files)
    tally.add(file);
  return out;
}

std::string summary(const Tally& tally) {
  const std::size_t* counts = tally.counts;
  // The summary speaks French when every file read is French, English otherwise.
  const bool fr = tally.files > 0 && tally.all_fr;
  std::vector<std::string> parts;
  if (counts[2] > 0)
    parts.push_back(fr ? plural(counts[2], "erreur", "erreurs")
                       : plural(counts[2], "error", "errors"));
  if (counts[1] > 0) {
    parts.push_back(fr ? plural(counts[1], "avertissement", "avertissements")
                       : plural(counts[1], "warning", "warnings"));
  }
  if (counts[0] > 0)
    parts.push_back(plural(counts[0], "note", "notes"));
  // A clean run says so, and over how many files: a run that checked nothing shows it.
  if (parts.empty())
    parts.push_back(fr ? "0 problème" : "no problems");
  return fmt::format(
      "{} {} {}\n", fmt::join(parts, ", "), fr ? "dans" : "in",
      fr ? plural(tally.files, "fichier", "fichiers") : plural(tally.files, "file", "files"));
}

class TextRenderer final : public PathOrderedRenderer {
 public:
  using PathOrderedRenderer::PathOrderedRenderer;

 private:
  std::string one_file(const FileReport& report) override {
    return findings({&report, 1}, Palette{run().color}, tally_);
  }
  std::string closing() override { return summary(tally_); }
  std::string all_files(const std::vector<FileReport>& files) override {
    return render_text(files, run().color);
  }

  Tally tally_;
};

}  // namespace

std::string render_text(const std::vector<FileReport>& files, bool color) {
  Tally tally;
  std::string out = findings(files, Palette{color}, tally);
  return out + summary(tally);
}

std::unique_ptr<Renderer> make_text_renderer(std::ostream& out) {
  return std::make_unique<TextRenderer>(out);
}

}  // namespace presscheck
