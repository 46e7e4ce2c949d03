// Reads a draft as `lint` does and shows its parts as text, with where they came from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "input/reader.hpp"

namespace presscheck::testing_support {

/// A draft read from text, its parts as strings and its spans as "line:col-line:col" of
/// the file, columns in code points as findings show them.
class ReadDraft {
 public:
  ReadDraft(std::string text, InputFormat format)
      : read_(read_document("draft", std::move(text), format)) {}

  const ReadResult& result() const { return read_; }

  std::string headline() const { return part(Part::headline); }
  std::string standfirst() const { return part(Part::standfirst); }
  std::vector<std::string> body() const {
    std::vector<std::string> texts;
    for (const Block& block : read_.document.blocks) {
      if (block.part == Part::body)
        texts.emplace_back(read_.document.slice(block.span));
    }
    return texts;
  }

  /// Where the first `needle` of the decoded text came from in the file.
  std::string source_of(std::string_view needle) const {
    const std::size_t at = read_.document.text.find(needle);
    if (at == std::string::npos || !read_.source)
      return "not found";
    return file_span(read_.source->map.to_source({at, at + needle.size()}));
  }

  /// A span of the file, as "line:col-line:col".
  std::string file_span(Span span) const {
    const std::string& file = read_.source ? read_.source->text : read_.document.text;
    const LineIndex& lines = read_.source ? read_.source->lines : read_.document.lines;
    const Position begin = lines.position(file, span.begin);
    const Position end = lines.position(file, span.end);
    return std::to_string(begin.line) + ":" + std::to_string(begin.column) + "-" +
           std::to_string(end.line) + ":" + std::to_string(end.column);
  }

  /// The kinds of the input problems found, in order.
  std::vector<InputProblemKind> problems() const {
    std::vector<InputProblemKind> kinds;
    for (const InputProblem& problem : read_.problems)
      kinds.push_back(problem.kind);
    return kinds;
  }

 private:
  std::string part(Part which) const {
    for (const Block& block : read_.document.blocks) {
      if (block.part == which)
        return std::string(read_.document.slice(block.span));
    }
    return {};
  }

  ReadResult read_;
};

}  // namespace presscheck::testing_support
