#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/span.hpp"
#include "input/mapped_text.hpp"
#include "input/suppressions.hpp"

namespace presscheck {

/// Which reader a file gets.
enum class InputFormat { markdown, plain_text, html, ninjs, sniff };

/// What can be wrong with a draft before any check runs.
enum class InputProblemKind {
  invalid_utf8,
  binary,
  no_headline,
  empty,
  unclosed_front_matter,
  bad_front_matter,        // the front matter does not parse; `detail` holds why
  section_label_headline,  // the only headline candidate is a section label (« High-tech »)
  partly_read,             // the reader had to stop before the end (tags nested too deeply)
  too_large,
  unreadable,
  not_regular_file,  // a FIFO, socket or device named as a draft: never read
  symlink_loop,      // the path's symbolic links lead back to themselves
  bad_ninjs
};

/// A problem of the draft itself, reported as an `input.*` finding. Its span is in the
/// file as read, not in the decoded Document text.
struct InputProblem {
  InputProblem(InputProblemKind kind, Span span, std::string detail = {},
               InputFormat format = InputFormat::sniff)
      : kind(kind), span(span), detail(std::move(detail)), format(format) {}

  InputProblemKind kind;
  Span span;
  std::string detail;  // the parser's reason, quoted in the message where there is one
  InputFormat format;  // the format read, so that a missing headline says where it was sought
};

/// The file as read, which every format's Document text is decoded from.
struct SourceText {
  std::string text;
  MappedText map;  // where each byte of Document::text comes from in `text`
  LineIndex lines;
};

/// The draft as read: a Document ready for the text stage when `lintable`.
struct ReadResult {
  Document document;
  std::vector<InputProblem> problems;
  std::optional<Lang> declared_lang;      // from front matter
  std::vector<Suppression> suppressions;  // offsets into the file as read
  std::optional<SourceText> source;       // set whenever Document::text was decoded
  bool lintable = true;
};

/// The front matter keys each field is read from; the first key present wins.
struct FrontMatterKeys {
  std::vector<std::string> headline{"title"};
  std::vector<std::string> standfirst{"standfirst", "description"};
  std::vector<std::string> date{"date"};
  std::vector<std::string> lang{"lang"};
};

/// What the configuration may change in how drafts are read.
struct ReaderOptions {
  FrontMatterKeys front_matter;
};

/// The reader for a path, by its extension in any case: .md and .markdown are Markdown,
/// .txt plain text, .html and .htm HTML, .json and .ninjs ninjs; others sniff.
InputFormat format_for_path(std::string_view path);

/// Builds the Document for one draft. Never throws on bad content: problems are reported.
ReadResult read_document(std::string path, std::string bytes, InputFormat format,
                         const ReaderOptions& options = {});

}  // namespace presscheck
